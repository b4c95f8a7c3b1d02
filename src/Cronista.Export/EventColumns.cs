using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Cronista.Output;

namespace Cronista.Export;

/// <summary>What a column of the tabular exports holds.</summary>
internal enum ColumnKind
{
    /// <summary>Text; lists are joined with <see cref="EventColumns.ListSeparator"/>.</summary>
    Text,

    /// <summary>A whole number (offsets).</summary>
    Integer,

    /// <summary>A real number (confidence).</summary>
    Real,

    /// <summary>True or false.</summary>
    Boolean,
}

/// <summary>A column of the tabular exports and where its value is in an event's JSON object (<see cref="EventObjects"/>).</summary>
/// <param name="Name">The column name: the JSON path joined with '_' (actor_code, source_chain_role).</param>
/// <param name="Kind">The type of its values.</param>
/// <param name="Path">The property names from the row object down to the value; arrays on the way are walked element by element.</param>
internal sealed record ExportColumn(string Name, ColumnKind Kind, IReadOnlyList<string> Path);

/// <summary>The flat columns of CSV and Parquet exports: the JSON object of an event with nested objects flattened
/// (actor.code → actor_code) and lists joined (triggers, source_chain_name).</summary>
/// <remarks>The event's columns are read from the output contract of <see cref="EventRecord"/>, so a field added there
/// becomes a column without a change here, and an empty export still has every column.</remarks>
internal static class EventColumns
{
    /// <summary>Joins the items of a list in one cell (triggers, entity ids, source chain names).</summary>
    public const string ListSeparator = "|";

    /// <summary>Every column, in export order.</summary>
    public static IReadOnlyList<ExportColumn> All { get; } = Build();

    /// <summary>The value of a column in an event's JSON object: a string, long, double or bool, or null when absent.</summary>
    public static object? ValueOf(JsonObject row, ExportColumn column)
    {
        var leaves = new List<JsonNode?>();
        var throughList = Collect(row, column.Path, 0, leaves);
        if (throughList)
            return leaves.Count == 0 ? null : string.Join(ListSeparator, leaves.Select(Text));
        if (leaves.Count == 0 || leaves[0] is not { } leaf)
            return null;
        return column.Kind switch
        {
            ColumnKind.Integer => long.Parse(leaf.ToJsonString(), CultureInfo.InvariantCulture),
            ColumnKind.Real => double.Parse(leaf.ToJsonString(), CultureInfo.InvariantCulture),
            ColumnKind.Boolean => leaf.GetValueKind() == JsonValueKind.True,
            _ => Text(leaf),
        };
    }

    /// <summary>A value written as text: strings as they are, numbers invariant, null as empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static List<ExportColumn> Build()
    {
        var columns = EventObjects.DocumentFields.Select(name => new ExportColumn(name, ColumnKind.Text, [name])).ToList();
        columns.Add(new ExportColumn(EventObjects.EventId, ColumnKind.Text, [EventObjects.EventId]));
        foreach (var property in OutputJsonContext.Default.EventRecord.Properties)
        {
            if (EventObjects.FieldName(property.Name) != EventObjects.EventId)
                Flatten([EventObjects.FieldName(property.Name)], property.PropertyType, false, columns);
        }
        Flatten([EventObjects.SourceChain], typeof(IReadOnlyList<SourceRecord>), false, columns);
        columns.Add(new ExportColumn(EventObjects.Sentence, ColumnKind.Text, [EventObjects.Sentence]));
        return columns;
    }

    private static void Flatten(List<string> path, Type type, bool inList, List<ExportColumn> columns)
    {
        var info = OutputJsonContext.Default.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        switch (info?.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                    Flatten([.. path, property.Name], property.PropertyType, inList, columns);
                return;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } element
                && OutputJsonContext.Default.GetTypeInfo(element)?.Kind == JsonTypeInfoKind.Object:
                Flatten(path, element, true, columns);
                return;
            case JsonTypeInfoKind.Enumerable:
                columns.Add(new ExportColumn(string.Join('_', path), ColumnKind.Text, path));
                return;
        }
        columns.Add(new ExportColumn(string.Join('_', path), inList ? ColumnKind.Text : KindOf(Nullable.GetUnderlyingType(type) ?? type), path));
    }

    private static ColumnKind KindOf(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) ? ColumnKind.Integer
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? ColumnKind.Real
        : type == typeof(bool) ? ColumnKind.Boolean
        : ColumnKind.Text;

    /// <summary>Gathers the values at the end of the path; true when the path went through a list, so that the values are joined.</summary>
    private static bool Collect(JsonNode? node, IReadOnlyList<string> path, int index, List<JsonNode?> leaves)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
                Collect(item, path, index, leaves);
            return true;
        }
        if (index == path.Count || node is not JsonObject obj)
        {
            leaves.Add(index == path.Count ? node : null);
            return false;
        }
        return Collect(obj[path[index]], path, index + 1, leaves);
    }

    private static string Text(JsonNode? node) =>
        node is null ? "" : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
