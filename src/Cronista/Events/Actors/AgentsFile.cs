namespace Cronista.Events.Actors;

/// <summary>One agent noun: its sector and its forms, each a phrase of folded words separated by spaces.</summary>
internal sealed record AgentRow(string Sector, IReadOnlyList<string> Singular, IReadOnlyList<string> Plural);

/// <summary>Reads and writes a language's agent nouns (Events/Languages/&lt;iso&gt;/agents.tsv): sector, singular forms,
/// plural forms, the forms '|'-separated.</summary>
internal static class AgentsFile
{
    /// <summary>The folder under src/Cronista that holds the per-language files.</summary>
    public const string Folder = "Events";

    /// <summary>The file name in each language's folder.</summary>
    public const string FileName = "agents.tsv";

    /// <summary>Agent nouns written for the project where <see cref="FileName"/> is built from another source and lacks
    /// common ones; read after it.</summary>
    public const string ExtraFileName = "agents-extra.tsv";

    public static void Write(TextWriter writer, IEnumerable<AgentRow> rows, IEnumerable<string> headerComments)
    {
        foreach (var comment in headerComments)
            writer.Write("# " + comment + "\n");
        writer.Write("#sector\tsingular\tplural\n");
        foreach (var row in rows)
            writer.Write($"{row.Sector}\t{string.Join('|', row.Singular)}\t{string.Join('|', row.Plural)}\n");
    }

    /// <summary>The rows of the file from its fields (as ResourceFiles.ReadRows splits them).</summary>
    public static AgentRow Parse(string[] fields, string language)
    {
        if (fields.Length < 2 || fields[0].Length == 0)
            throw new InvalidDataException($"{Folder}/Languages/{language}: agent row '{string.Join('\t', fields)}' needs a sector and at least one form.");
        return new AgentRow(fields[0], Forms(fields, 1), Forms(fields, 2));
    }

    private static string[] Forms(string[] fields, int column) =>
        column < fields.Length ? fields[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
}
