using System.Collections.Immutable;

namespace Cronista.Eval.Time;

/// <summary>Scores time expressions on TempEval-3 gold files, as the official scorer's entity part does.</summary>
/// <remarks>Predictions come from the tagger run on each gold file's text (the gold tags are ignored when reading it), or
/// from a folder of system files written earlier (by `cronista tag time` or another system), to check this scorer
/// against the official one on the same files.</remarks>
internal sealed class TimeEvaluator(TimeTagger? tagger)
{
    public static TimeEvaluator ForCronista() => new(TimeTagger.Create());

    /// <summary>Scores every .tml file under <paramref name="goldRoot"/>; with <paramref name="systemRoot"/>, reads the
    /// predictions from the file of the same relative path there instead of tagging.</summary>
    /// <exception cref="InvalidDataException">A file is missing or is not TempEval-3 TimeML.</exception>
    public TimeReport Evaluate(string goldRoot, string? systemRoot = null, int threads = 1, CancellationToken cancellationToken = default)
    {
        if (systemRoot is null && tagger is null)
            throw new InvalidOperationException("Without a tagger, pass the folder of system files to score.");
        var files = TimeMlCorpus.Files(goldRoot);
        var results = new TimeFileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, k =>
        {
            var (group, path) = files[k];
            var gold = TimeMlFile.Read(path);
            ImmutableArray<Timex> predicted;
            if (systemRoot is not null)
            {
                var systemPath = File.Exists(goldRoot) ? systemRoot : Path.Combine(systemRoot, Path.GetRelativePath(goldRoot, path));
                if (!File.Exists(systemPath))
                    throw new InvalidDataException($"system file '{systemPath}' not found; the system folder must hold a file for every gold file.");
                var system = TimeMlFile.Read(systemPath);
                if (system.PlainText != gold.PlainText)
                    throw new InvalidDataException($"'{systemPath}': its text differs from the gold's; only TIMEX3 tags may be added.");
                predicted = system.Gold;
            }
            else
                predicted = tagger!.Tag(gold, cancellationToken);
            results[k] = new TimeFileResult(group, gold.Name, gold.PlainText, TimexScorer.Pair(gold.Gold, predicted));
        });
        return new TimeReport(goldRoot, [.. results]);
    }
}
