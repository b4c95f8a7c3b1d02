namespace Cronista.Eval.Ner;

/// <summary>Raised when a gold file does not have the layout it was read as.</summary>
internal sealed class GoldFormatException(string source, int line, string problem)
    : Exception($"{source}, line {line}: {problem}.")
{
    /// <summary>The file.</summary>
    public string File { get; } = source;

    /// <summary>The one-based line number.</summary>
    public int Line { get; } = line;
}
