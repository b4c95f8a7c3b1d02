using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Time.Grammar;
using Cronista.Time.Lexicon;

namespace Cronista.Time;

/// <summary>Finds time expressions and gives each a TIMEX3 value anchored to the publication date.</summary>
internal sealed class TimeStage(TimeRules rules) : IStage
{
    public string Name => "normalize-times";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Times];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Times, Recognize(document), Name);

    /// <summary>The time expressions of a document, in text order; relative ones resolved against its publication date when it has one.</summary>
    public ImmutableArray<TimeExpression> Recognize(Document document)
    {
        var sentences = document.Get(Layers.Sentences);
        var tokens = new TokenSeq(document.Text, document.Get(Layers.Tokens), sentences);
        return TimeParser.Read(tokens, rules.For(document.Language), rules.Holidays, document.Metadata.Published, sentences, Name, document.Metadata.ForwardLooking, document.Metadata.PublishedTime);
    }
}
