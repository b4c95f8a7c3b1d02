using System.Collections.Concurrent;
using Cronista.Core;

namespace Cronista.Eval.Specs;

/// <summary>One failed case and what was wrong with it.</summary>
public sealed record SpecFailure(SpecCase Case, IReadOnlyList<string> Problems);

/// <summary>The outcome of one spec file: how many cases it has, how many held, and the failures in file order.</summary>
public sealed record SpecFileReport(string File, int Cases, IReadOnlyList<SpecFailure> Failures)
{
    public int Passed => Cases - Failures.Count;

    /// <summary>The share of cases that held (1 for a file without cases).</summary>
    public double PassRate => Cases == 0 ? 1 : (double)Passed / Cases;
}

/// <summary>Scores spec files as a whole: for files too large or too foreign to hold case by case (another project's test
/// corpus), where the measure is the share that passes.</summary>
public sealed class SpecEvaluator(Analyzer analyzer)
{
    /// <summary>The spec files a path names: the file itself, or every .md under a folder but README.md, in name order.</summary>
    public static IReadOnlyList<string> Files(string path) =>
        File.Exists(path) ? [path]
        : Directory.Exists(path) ? [.. Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)]
        : throw new FileNotFoundException($"spec file or folder '{path}' not found");

    /// <summary>Runs every case of one file.</summary>
    /// <exception cref="FormatException">The file breaks the spec format.</exception>
    public SpecFileReport Evaluate(string file, int threads = 1, CancellationToken cancellationToken = default)
    {
        var cases = SpecFile.Read(file, Path.GetFileName(file)).ToList();
        var failures = new ConcurrentBag<(int Index, SpecFailure Failure)>();
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, i =>
        {
            var problems = SpecCheck.Run(analyzer, cases[i]);
            if (problems.Count > 0)
                failures.Add((i, new SpecFailure(cases[i], problems)));
        });
        return new SpecFileReport(file, cases.Count, [.. failures.OrderBy(f => f.Index).Select(f => f.Failure)]);
    }
}
