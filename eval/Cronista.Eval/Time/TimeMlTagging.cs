namespace Cronista.Eval.Time;

/// <summary>Tags a folder of TempEval-3 input files and writes the system files the official scorer reads.</summary>
internal static class TimeMlTagging
{
    /// <summary>Tags every .tml file under <paramref name="input"/> (tags already inside TEXT are dropped) and writes it
    /// under <paramref name="output"/> at the same relative path; returns the files and expressions written.</summary>
    /// <exception cref="InvalidDataException">A file is not TempEval-3 TimeML.</exception>
    public static (int Files, int Expressions) Run(string input, string output, TimeTagger tagger, int threads, CancellationToken cancellationToken = default)
    {
        var files = TimeMlCorpus.Files(input);
        var expressions = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, entry =>
        {
            var file = TimeMlFile.Read(entry.Path);
            var timexes = tagger.Tag(file, cancellationToken);
            var target = File.Exists(input) ? Path.Combine(output, file.Name) : Path.Combine(output, Path.GetRelativePath(input, entry.Path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, TimeMlWriter.Write(file, timexes));
            Interlocked.Add(ref expressions, timexes.Length);
        });
        return (files.Count, expressions);
    }
}
