using System.Collections.Immutable;
using System.Diagnostics;
using Cronista.Core;
using Cronista.Eval.Ner;
using Cronista.Text;

namespace Cronista.Eval.Ud;

/// <summary>Runs the analysis over treebank documents and scores its tokens, sentences and (when present) words.</summary>
/// <param name="analyze">The system under test: a document with at least the tokens and sentences layers.</param>
internal sealed class UdEvaluator(Func<Document, CancellationToken, Document> analyze)
{
    private const int Context = 30;

    /// <summary>An evaluator of the analyzer's layers.</summary>
    public static UdEvaluator For(Analyzer analyzer) => new((document, ct) => analyzer.Analyze(document, ct));

    /// <summary>Analyses every document (in parallel) and scores it; keeps up to <paramref name="examples"/> errors of each kind.</summary>
    public UdReport Evaluate(string gold, string language, ImmutableArray<UdGoldDocument> documents, int threads, int examples, CancellationToken cancellationToken = default)
    {
        var results = new DocumentResult[documents.Length];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, i =>
        {
            var goldDocument = documents[i];
            var document = analyze(Document.Create(goldDocument.Text, new DocumentMetadata($"eval:{goldDocument.Id}", Language: language)), cancellationToken);
            results[i] = Score(goldDocument, document, examples);
        });
        clock.Stop();
        var words = results.All(r => r.Upos is not null);
        return new UdReport(
            gold,
            language,
            documents.Length,
            results.Aggregate(default(PrfScore), (sum, r) => sum + r.Tokens),
            results.Aggregate(default(PrfScore), (sum, r) => sum + r.Sentences),
            results.Aggregate(default(PrfScore), (sum, r) => sum + r.SentencesColonJoined),
            words ? results.Aggregate(default(Accuracy), (sum, r) => sum + r.Upos!.Value) : null,
            words ? results.Aggregate(default(Accuracy), (sum, r) => sum + r.Lemmas!.Value) : null,
            clock.Elapsed.TotalSeconds,
            [.. Enum.GetValues<UdErrorKind>().SelectMany(kind => results.SelectMany(r => r.Errors).Where(e => e.Kind == kind).Take(examples))]);
    }

    private sealed record DocumentResult(PrfScore Tokens, PrfScore Sentences, PrfScore SentencesColonJoined, Accuracy? Upos, Accuracy? Lemmas, ImmutableArray<UdError> Errors);

    private static DocumentResult Score(UdGoldDocument gold, Document document, int examples)
    {
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var tokenScore = SpanScorer.Score(gold.Tokens.Select(t => t.Span), tokens.Select(t => t.Span));
        var sentenceScore = SpanScorer.Score(gold.Sentences, sentences.Select(s => s.Span));
        var colonJoined = SpanScorer.Score(JoinedAtColons(gold.Text, gold.Sentences), sentences.Select(s => s.Span));

        Accuracy? upos = null, lemmas = null;
        if (document.TryGet(Layers.Words, out var words))
        {
            var index = new Dictionary<TextSpan, int>();
            for (var k = 0; k < tokens.Length; k++)
                index.TryAdd(tokens[k].Span, k);
            int tags = 0, lemmaHits = 0;
            foreach (var token in gold.Tokens)
            {
                if (!index.TryGetValue(token.Span, out var k) || k >= words.Length)
                    continue;
                tags += words[k].Upos == token.Upos ? 1 : 0;
                lemmaHits += words[k].Lemma == token.Lemma ? 1 : 0;
            }
            upos = new Accuracy(tags, gold.Tokens.Length);
            lemmas = new Accuracy(lemmaHits, gold.Tokens.Length);
        }
        return new DocumentResult(tokenScore, sentenceScore, colonJoined, upos, lemmas, examples == 0 ? [] : Examples(gold, tokens, sentences, examples));
    }

    private static ImmutableArray<UdError> Examples(UdGoldDocument gold, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, int examples)
    {
        var text = gold.Text;
        var errors = ImmutableArray.CreateBuilder<UdError>();
        var predicted = tokens.Select(t => t.Span).ToHashSet();
        foreach (var token in gold.Tokens.Where(t => !predicted.Contains(t.Span)).Take(examples))
        {
            var pieces = tokens.Where(t => t.Span.Start < token.Span.End && t.Span.End > token.Span.Start).Select(t => $"'{text.Substring(t.Span.Start, t.Span.Length)}'");
            errors.Add(new UdError(UdErrorKind.MissedToken, $"'{text.Substring(token.Span.Start, token.Span.Length)}' → {string.Join(' ', pieces)}   in {Around(text, token.Span.Start, token.Span.End)}"));
        }
        var goldEnds = gold.Sentences.Select(s => s.End).ToHashSet();
        var predictedEnds = sentences.Select(s => s.Span.End).ToHashSet();
        foreach (var end in gold.Sentences.Select(s => s.End).Where(e => !predictedEnds.Contains(e)).Take(examples))
            errors.Add(new UdError(UdErrorKind.MissedBoundary, Around(text, end, end)));
        foreach (var end in sentences.Select(s => s.Span.End).Where(e => !goldEnds.Contains(e)).Take(examples))
            errors.Add(new UdError(UdErrorKind.SpuriousBoundary, Around(text, end, end)));
        return errors.ToImmutable();
    }

    /// <summary>The text around [start, end), the place marked with ‖ when it is a point, on one line.</summary>
    private static string Around(string text, int start, int end)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        var marked = start == end
            ? string.Concat(text.AsSpan(from, start - from), " ‖ ", text.AsSpan(end, to - end))
            : $"{text[from..start]}[{text[start..end]}]{text[end..to]}";
        return marked.Replace("\n", "⏎", StringComparison.Ordinal);
    }

    /// <summary>The gold sentences with each one that ends in a colon joined to the one after it in the same paragraph.</summary>
    internal static IEnumerable<TextSpan> JoinedAtColons(string text, ImmutableArray<TextSpan> sentences)
    {
        var start = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (start < 0)
                start = sentences[i].Start;
            if (i + 1 < sentences.Length && text[sentences[i].End - 1] == ':' &&
                !text.AsSpan(sentences[i].End, sentences[i + 1].Start - sentences[i].End).Contains('\n'))
                continue;
            yield return new TextSpan(start, sentences[i].End);
            start = -1;
        }
    }
}
