using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Time;

/// <summary>One scored file: its pairs of gold and predicted annotations.</summary>
/// <param name="Group">The folder holding the file, from the gold root's name down ("TimeBank", "TBAQ-cleaned/AQUAINT").</param>
/// <param name="Name">The file name.</param>
/// <param name="Text">The plain text, for showing errors in context.</param>
/// <param name="Pairs">Every annotation, paired where the scorer pairs them.</param>
internal sealed record TimeFileResult(string Group, string Name, string Text, ImmutableArray<TimexPair> Pairs);

/// <summary>TempEval-3 entity counts over any set of files, and the figures the official scorer prints from them.</summary>
internal sealed record TimexCounts(int Gold, int System, int Relaxed, int Strict, int SameType, int SameValue)
{
    public static TimexCounts Of(IEnumerable<TimexPair> pairs)
    {
        int gold = 0, system = 0, relaxed = 0, strict = 0, type = 0, value = 0;
        foreach (var pair in pairs)
        {
            gold += pair.Gold is null ? 0 : 1;
            system += pair.System is null ? 0 : 1;
            relaxed += pair.Relaxed ? 1 : 0;
            strict += pair.Strict ? 1 : 0;
            type += pair.SameType ? 1 : 0;
            value += pair.SameValue ? 1 : 0;
        }
        return new TimexCounts(gold, system, relaxed, strict, type, value);
    }

    public double StrictPrecision => Ratio(Strict, System);
    public double StrictRecall => Ratio(Strict, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(Relaxed, System);
    public double RelaxedRecall => Ratio(Relaxed, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Right values among relaxed matches.</summary>
    public double ValueAccuracy => Ratio(SameValue, Relaxed);

    /// <summary>Right types among relaxed matches.</summary>
    public double TypeAccuracy => Ratio(SameType, Relaxed);

    /// <summary>TempEval-3's headline "Value F1": value accuracy times relaxed F1, as evaluate_entities.py computes it.</summary>
    public double ValueF1 => ValueAccuracy * RelaxedF1;

    /// <summary>TempEval-3's "Type F1": type accuracy times relaxed F1.</summary>
    public double TypeF1 => TypeAccuracy * RelaxedF1;

    /// <summary>Every figure by a flat name, for floors in eval/baseline.json.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["strict_f1"] = StrictF1,
        ["strict_precision"] = StrictPrecision,
        ["strict_recall"] = StrictRecall,
        ["relaxed_f1"] = RelaxedF1,
        ["relaxed_precision"] = RelaxedPrecision,
        ["relaxed_recall"] = RelaxedRecall,
        ["value_f1"] = ValueF1,
        ["type_f1"] = TypeF1,
        ["value_accuracy"] = ValueAccuracy,
        ["type_accuracy"] = TypeAccuracy,
    };

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["gold"] = Gold,
            ["system"] = System,
            ["relaxed_matches"] = Relaxed,
            ["strict_matches"] = Strict,
            ["type_matches"] = SameType,
            ["value_matches"] = SameValue,
        };
        foreach (var (name, value) in Metrics)
            json[name] = Math.Round(value, 4);
        return json;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Time expressions scored on TempEval-3 files: totals, and counts per folder.</summary>
/// <param name="Gold">The gold folders or files read.</param>
/// <param name="Files">One result per file, in path order.</param>
internal sealed record TimeReport(string Gold, ImmutableArray<TimeFileResult> Files)
{
    /// <summary>Several reports as one: their files together, totals over all of them.</summary>
    public static TimeReport Combine(IReadOnlyList<TimeReport> reports) =>
        new(string.Join(", ", reports.Select(r => r.Gold)), [.. reports.SelectMany(r => r.Files)]);

    public TimexCounts Total => TimexCounts.Of(Files.SelectMany(f => f.Pairs));

    /// <summary>Counts per folder, in name order.</summary>
    public IEnumerable<(string Group, TimexCounts Counts)> Groups =>
        Files.GroupBy(f => f.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, TimexCounts.Of(g.SelectMany(f => f.Pairs))));

    /// <summary>Every figure of the totals, for floors in eval/baseline.json.</summary>
    public IReadOnlyDictionary<string, double> Metrics => Total.Metrics;

    /// <summary>Errors of one kind ("missed", "spurious", "extent", "type", "value"), with their file.</summary>
    public IEnumerable<(TimeFileResult File, TimexPair Pair)> Errors(string kind) =>
        Files.SelectMany(f => f.Pairs.Select(p => (File: f, Pair: p))).Where(e => ErrorKinds(e.Pair).Contains(kind));

    /// <summary>The kinds of error a pair shows: a pair can have a wrong extent, type and value at once.</summary>
    public static IEnumerable<string> ErrorKinds(TimexPair pair)
    {
        if (pair.System is null)
            yield return "missed";
        else if (pair.Gold is null)
            yield return "spurious";
        else
        {
            if (!pair.Strict)
                yield return "extent";
            if (!pair.SameType)
                yield return "type";
            if (!pair.SameValue)
                yield return "value";
        }
    }

    public static readonly string[] Kinds = ["missed", "spurious", "extent", "type", "value"];

    /// <summary>One line for an error: the gold and predicted annotation and the sentence around them.</summary>
    public static string Describe(TimeFileResult file, TimexPair pair)
    {
        static string Of(string text, Timex? t) => t is null ? "-" : $"\"{text[t.Start..t.End]}\" {t.Type} {t.Value}";
        var first = pair.Gold ?? pair.System!;
        var start = Math.Max(0, first.Start - 60);
        var end = Math.Min(file.Text.Length, first.End + 60);
        var context = file.Text[start..end].Replace('\n', ' ');
        return string.Create(CultureInfo.InvariantCulture, $"{file.Name}\tgold {Of(file.Text, pair.Gold)}\tsystem {Of(file.Text, pair.System)}\t…{context}…");
    }

    public JsonObject ToJson()
    {
        var groups = new JsonObject();
        foreach (var (group, counts) in Groups)
            groups[group] = counts.ToJson();
        return new JsonObject
        {
            ["gold"] = Gold,
            ["files"] = Files.Length,
            ["total"] = Total.ToJson(),
            ["groups"] = groups,
        };
    }
}
