using Cronista.Learning.Corpora;

namespace Cronista.Eval.Ner;

/// <summary>Repairs a gold corpus whose umlauts were written as Cyrillic letters (the German CoNLL-2003 training file
/// stored here: "erklдrte"), so that a model learns the words real German text contains.</summary>
internal static class DamagedText
{
    /// <summary>The corpus repaired when it shows the damage, else unchanged.</summary>
    public static GoldCorpus Repair(GoldCorpus corpus)
    {
        var tokens = corpus.Documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tokens).Select(t => t.Text);
        if (!CyrillicMojibake.IsDamaged(tokens))
            return corpus;
        return corpus with
        {
            Documents = [.. corpus.Documents.Select(d => d with
            {
                Sentences = [.. d.Sentences.Select(s => new GoldSentence([.. s.Tokens.Select(t => t with { Text = CyrillicMojibake.Repair(t.Text) })]))],
            })],
        };
    }
}
