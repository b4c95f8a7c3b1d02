using System.Collections.Immutable;
using Cronista.Amounts;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time;

namespace Cronista.Tests.Time;

/// <summary>Runs the time and amount stages on a text without the rest of the pipeline; the data is loaded once.</summary>
internal static class TimeKit
{
    private static readonly TokenizationRuleSet Tokenization = new();
    private static readonly Lazy<TimeStage> Times = new(() => new TimeStage(new TimeRules(Tokenization)));
    private static readonly Lazy<AmountStage> Amounts = new(() => new AmountStage(new AmountRules(Tokenization)));

    public static Document Prepare(string text, string? language, DateOnly? published, bool forwardLooking = false, TimeOnly? publishedTime = null)
    {
        var rules = Tokenization.For(language);
        var tokens = Tokenizer.Tokenize(text, rules);
        return Document.Create(text, new DocumentMetadata("test", Published: published, Language: language, ForwardLooking: forwardLooking, PublishedTime: publishedTime))
            .With(Layers.Tokens, tokens, "tokenize")
            .With(Layers.Sentences, SentenceSplitter.Split(text, tokens, rules), "split-sentences");
    }

    public static ImmutableArray<TimeExpression> TimesOf(string text, string? language, DateOnly? published, bool forwardLooking = false, TimeOnly? publishedTime = null) =>
        Times.Value.Recognize(Prepare(text, language, published, forwardLooking, publishedTime));

    public static ImmutableArray<Amount> AmountsOf(string text, string? language, DateOnly? published = null)
    {
        var document = Prepare(text, language, published);
        document = Times.Value.Process(document, CancellationToken.None);
        return Amounts.Value.Read(document);
    }

    /// <summary>Text and value of each expression: "ieri=2025-08-12".</summary>
    public static string[] Describe(string text, IEnumerable<TimeExpression> times) =>
        [.. times.Select(t => $"{t.Span.Of(text)}={t.Value ?? "null"}")];

    public static readonly DateOnly Published = new(2025, 8, 13);
}
