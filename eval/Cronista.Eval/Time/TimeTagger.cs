using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Time;

namespace Cronista.Eval.Time;

/// <summary>Finds the time expressions of a TimeML file's text with Cronista's time stage, anchored to the file's creation date.</summary>
internal sealed class TimeTagger(Analyzer analyzer, string language = "en")
{
    /// <summary>A tagger that runs the pipeline only as far as the time stage: later stages do not change times.</summary>
    public static TimeTagger Create(string language = "en") =>
        new(Analyzer.Create(new AnalyzerOptions(LearnedEntities: false, LastStage: "normalize-times")), language);

    /// <summary>The predicted TIMEX3 annotations of the file's TEXT, in text order.</summary>
    public ImmutableArray<Timex> Tag(TimeMlFile file, CancellationToken cancellationToken = default)
    {
        var document = Document.Create(file.PlainText, new DocumentMetadata($"timeml:{file.Name}", Published: file.CreationDate, Language: language));
        var times = analyzer.Analyze(document, cancellationToken).Get(Layers.Times);
        // TimeML tags the two ends of a range, not the range: "from <TIMEX3>Aug. 26</TIMEX3> to <TIMEX3>Oct. 20</TIMEX3>".
        return [.. times.SelectMany(t => t.Parts.IsEmpty ? [t] : t.Parts.AsEnumerable())
            .Select(t => new Timex(t.Span.Start, t.Span.End, t.Type.ToString(), t.Value ?? ""))];
    }
}
