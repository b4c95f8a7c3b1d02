using System.Collections.Immutable;
using System.Diagnostics;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Eval.Ner;

/// <summary>Settings of one NER evaluation run.</summary>
/// <param name="Language">The language declared on every document.</param>
/// <param name="Policy">Which mentions count, and as what.</param>
/// <param name="Threads">How many documents are analysed at once.</param>
internal sealed record NerRunOptions(string Language, MentionPolicy Policy, int Threads);

/// <summary>Runs the analyzer over a gold corpus and scores the mentions it finds.</summary>
/// <param name="findMentions">The system under test: the document with the mentions layer it adds.</param>
internal sealed class NerEvaluator(Func<Document, CancellationToken, Document> findMentions)
{
    /// <summary>An evaluator of the analyzer's mentions layer.</summary>
    public static NerEvaluator For(Analyzer analyzer) => new(analyzer.Analyze);

    /// <summary>Analyses every document of the corpus (in parallel) and scores the result.</summary>
    public NerReport Evaluate(GoldCorpus corpus, NerRunOptions options, CancellationToken cancellationToken = default)
    {
        var documents = corpus.Documents;
        var predicted = new ImmutableArray<ImmutableArray<NerTag>>[documents.Length];
        var errors = new string?[documents.Length];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancellationToken }, i =>
        {
            var gold = documents[i];
            var text = EvalText.Build(gold);
            try
            {
                var document = Document.Create(text.Text, new DocumentMetadata($"eval:{gold.Id}", Language: options.Language));
                predicted[i] = MentionProjection.Project(text, findMentions(document, cancellationToken), options.Policy);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One failing document scores as if nothing were found in it; the report counts it.
                errors[i] = $"{gold.Id}: {error.GetType().Name}: {error.Message}";
                predicted[i] = [.. gold.Sentences.Select(s => Enumerable.Repeat(NerTag.Outside, s.Tokens.Length).ToImmutableArray())];
            }
        });
        clock.Stop();
        var sentences = documents
            .SelectMany((document, d) => document.Sentences.Select((sentence, s) =>
                new TaggedSentence([.. sentence.Tokens.Select(t => t.Tag)], predicted[d][s])))
            .ToList();
        return new NerReport(
            corpus.Source,
            corpus.Format,
            options.Language,
            options.Policy.Demonyms,
            documents.Length,
            sentences.Count,
            corpus.TokenCount,
            errors.Count(e => e is not null),
            errors.FirstOrDefault(e => e is not null),
            clock.Elapsed.TotalSeconds,
            NerScores.Score(sentences, options.Policy.Types));
    }
}
