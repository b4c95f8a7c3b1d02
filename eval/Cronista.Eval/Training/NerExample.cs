using Cronista.Core;
using Cronista.Entities;
using Cronista.Entities.Learned;
using Cronista.Learning.Clusters;
using Cronista.Learning.Gazetteers;
using Cronista.Eval.Ner;
using Cronista.Learning.Perceptron;

namespace Cronista.Eval.Training;

/// <summary>A gold document analysed by the rules and labelled on Cronista's own tokens, ready for the tagger.</summary>
/// <param name="Document">What the tagger sees.</param>
/// <param name="Gold">The gold label index of each of Cronista's tokens.</param>
/// <param name="GoldEntities">The gold entities as character spans with their types.</param>
internal sealed record NerExample(NerDocument Document, int[] Gold, HashSet<(TextSpan Span, string Type)> GoldEntities)
{
    /// <summary>Analyses a gold document with the rules alone and moves its gold chunks onto Cronista's tokens.</summary>
    /// <remarks>Training and tagging see the same tokens and the same rule evidence, so what the model learns is what it
    /// will meet; a gold token the tokenizer splits gives its tag to its first piece and I- to the rest.</remarks>
    public static NerExample Build(GoldDocument gold, string language, Analyzer rules, LabelSet labels)
    {
        var text = EvalText.Build(gold);
        var analysed = rules.Analyze(Core.Document.Create(text.Text, new DocumentMetadata($"train:{gold.Id}", Language: language)));
        var ner = new NerDocument(analysed, analysed.Get(Layers.Mentions), WordClusters.ForLanguage(language), NameList.ForLanguage(language));
        var entities = new HashSet<(TextSpan, string)>();
        for (var s = 0; s < gold.Sentences.Length; s++)
        {
            foreach (var chunk in Chunker.Chunks([.. gold.Sentences[s].Tokens.Select(t => t.Tag)], s))
                entities.Add((new TextSpan(text.TokenSpans[s][chunk.Start].Start, text.TokenSpans[s][chunk.End - 1].End), chunk.Type));
        }
        var goldLabels = new int[ner.Tokens.Length];
        var t = 0;
        foreach (var (span, type) in entities.OrderBy(e => e.Item1.Start))
        {
            while (t < ner.Tokens.Length && ner.Tokens[t].Span.End <= span.Start)
                t++;
            for (var k = t; k < ner.Tokens.Length && ner.Tokens[k].Span.Start < span.End; k++)
                goldLabels[k] = labels.IndexOf((k == t ? "B-" : "I-") + type);
        }
        return new NerExample(ner, goldLabels, entities);
    }

    /// <summary>The entities a model finds in this document, as character spans with types.</summary>
    public IEnumerable<(TextSpan Span, string Type)> Predicted(SequenceModel model) => NamedEntityTagger.Chunks(model, Document);
}
