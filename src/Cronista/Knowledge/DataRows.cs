namespace Cronista.Knowledge;

/// <summary>Shared parsing helpers for the knowledge tables.</summary>
internal static class DataRows
{
    /// <summary>The '|'-separated items of a field, trimmed, without empty ones.</summary>
    public static string[] List(string[] row, int column) =>
        column < row.Length ? row[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>A field, or the empty string when the row is shorter.</summary>
    public static string Field(string[] row, int column) => column < row.Length ? row[column] : "";

    /// <summary>A field, or null when it is empty, '-' or missing.</summary>
    public static string? Optional(string[] row, int column) => column < row.Length && row[column] is not ("" or "-") ? row[column] : null;

    /// <summary>An error that names the file and the row, and how to fix it.</summary>
    public static InvalidDataException Error(string file, string[] row, string problem) =>
        new($"{file}: row '{string.Join('\t', row)}': {problem}");
}
