using Parquet;
using Parquet.Schema;

namespace Cronista.Export;

/// <summary>Writes events as a Parquet file with the columns of <see cref="EventColumns"/>, every column nullable.</summary>
internal static class ParquetExport
{
    // Rows kept in memory before they are written as one row group: large enough for good compression, small enough for any store.
    private const int RowGroupSize = 50_000;

    /// <summary>The file's schema: text columns as strings, offsets as 64-bit integers, confidence as doubles.</summary>
    public static ParquetSchema Schema { get; } = new(EventColumns.All.Select(Field).ToArray<Field>());

    public static void Write(IEnumerable<ExportedEvent> events, Stream output) => WriteAsync(events, output).GetAwaiter().GetResult();

    private static async Task WriteAsync(IEnumerable<ExportedEvent> events, Stream output)
    {
        var columns = EventColumns.All;
        var fields = Schema.DataFields;
        await using var writer = await ParquetWriter.CreateAsync(Schema, output);
        var buffer = columns.Select(_ => new List<object?>(RowGroupSize)).ToArray();
        foreach (var exported in events)
        {
            var row = EventObjects.For(exported);
            for (var i = 0; i < columns.Count; i++)
                buffer[i].Add(EventColumns.ValueOf(row, columns[i]));
            if (buffer[0].Count == RowGroupSize)
                await FlushAsync(writer, fields, buffer);
        }
        // A store without events still gives a valid file: the schema and no row group.
        if (buffer[0].Count > 0)
            await FlushAsync(writer, fields, buffer);
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField[] fields, List<object?>[] buffer)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = buffer[i];
            switch (EventColumns.All[i].Kind)
            {
                case ColumnKind.Integer:
                    await group.WriteAsync<long>(fields[i], values.Select(v => (long?)v).ToArray());
                    break;
                case ColumnKind.Real:
                    await group.WriteAsync<double>(fields[i], values.Select(v => (double?)v).ToArray());
                    break;
                case ColumnKind.Boolean:
                    await group.WriteAsync<bool>(fields[i], values.Select(v => (bool?)v).ToArray());
                    break;
                default:
                    await group.WriteAsync(fields[i], values.Select(v => (string?)v).ToArray());
                    break;
            }
            values.Clear();
        }
    }

    private static DataField Field(ExportColumn column) => column.Kind switch
    {
        ColumnKind.Integer => new DataField<long?>(column.Name),
        ColumnKind.Real => new DataField<double?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };
}
