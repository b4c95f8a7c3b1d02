using Cronista.Ingest;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web.Api;

/// <summary>What a request to analyse holds: the raw article and the language it declares, or the problem to answer with.</summary>
internal sealed record ArticleInput(RawItem? Item, string? Language, IResult? Problem)
{
    public static ArticleInput Refused(IResult problem) => new(null, null, problem);
}
