using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Eval.Ner;

/// <summary>Tags a pre-tokenized file (CoNLL or KIND layout: one token per line, a blank line between sentences) and
/// writes every line back with the predicted IOB2 tag as a last column, for outside scorers such as conlleval.</summary>
/// <remarks>The token is the second column when the first is a number (CoNLL-U-like "index TAB token …"), else the first
/// column; tabs separate columns when the line has any, else spaces. Sentences are analysed thirty at a time, joined as
/// <see cref="EvalText"/> joins them, so tagging sees the same text as `cronista eval ner`.</remarks>
internal static class ConllTagging
{
    /// <summary>Reads <paramref name="input"/>, tags it, and writes the tagged lines to <paramref name="output"/>; returns the sentences tagged.</summary>
    public static int Run(TextReader input, TextWriter output, string language, DemonymPolicy demonyms, Analyzer analyzer)
    {
        var policy = new MentionPolicy(LabelScheme.Conll.Types, demonyms);
        var sentences = 0;
        var batch = new List<(List<string> Lines, List<int> Tokens)>();
        var current = (Lines: new List<string>(), Tokens: new List<int>());
        while (input.ReadLine() is { } line)
        {
            current.Lines.Add(line);
            var token = TokenOf(line);
            if (token.Length > 0 && token != "-DOCSTART-" && !line.StartsWith('#'))
            {
                current.Tokens.Add(current.Lines.Count - 1);
                continue;
            }
            // A blank line ends a sentence; "-DOCSTART-" and comment lines are copied as they are.
            if (token.Length == 0 && current.Tokens.Count > 0)
            {
                batch.Add(current);
                current = (new List<string>(), new List<int>());
                sentences++;
                if (batch.Count == GoldReader.SentencesPerChunk)
                    Flush(batch, output, language, policy, analyzer);
            }
        }
        if (current.Lines.Count > 0)
        {
            batch.Add(current);
            sentences += current.Tokens.Count > 0 ? 1 : 0;
        }
        Flush(batch, output, language, policy, analyzer);
        return sentences;
    }

    private static void Flush(List<(List<string> Lines, List<int> Tokens)> batch, TextWriter output, string language, MentionPolicy policy, Analyzer analyzer)
    {
        var tagged = batch.Where(s => s.Tokens.Count > 0).ToList();
        var gold = new GoldDocument("tag", [.. tagged.Select(s => new GoldSentence([.. s.Tokens.Select(i => new GoldToken(TokenOf(s.Lines[i]), NerTag.Outside))]))]);
        var text = EvalText.Build(gold);
        var document = analyzer.Analyze(Document.Create(text.Text, new DocumentMetadata("tag:conll", Language: language)));
        var tags = MentionProjection.Project(text, document, policy);
        var next = 0;
        foreach (var sentence in batch)
        {
            var sentenceTags = sentence.Tokens.Count > 0 ? tags[next++] : ImmutableArray<NerTag>.Empty;
            var token = 0;
            for (var i = 0; i < sentence.Lines.Count; i++)
            {
                var line = sentence.Lines[i];
                if (token < sentence.Tokens.Count && sentence.Tokens[token] == i)
                    output.WriteLine($"{line}{Separator(line)}{sentenceTags[token++]}");
                else
                    output.WriteLine(line);
            }
        }
        batch.Clear();
    }

    private static char Separator(string line) => line.Contains('\t') ? '\t' : ' ';

    private static string TokenOf(string line)
    {
        var fields = line.Split(Separator(line), StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 0)
            return "";
        return fields.Length >= 2 && int.TryParse(fields[0], out _) ? fields[1] : fields[0];
    }
}
