using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Cronista.Web.Hosting;

/// <summary>The API's JSON: snake_case like the output contract, with every character that means something in HTML
/// escaped, so that article text ("&lt;script&gt;") cannot be taken for markup by whatever shows a response.</summary>
internal static class ApiJson
{
    // ASP.NET Core's default encoder leaves '<' and '&' as they are; this one escapes them, and keeps accented letters readable.
    private static readonly JavaScriptEncoder Escaping = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = Escaping;
    }
}
