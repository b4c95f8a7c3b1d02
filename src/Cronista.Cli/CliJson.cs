using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cronista.Storage;

namespace Cronista.Cli;

/// <summary>JSON for the query commands: snake_case like the output contract, indented for reading.</summary>
internal static class CliJson
{
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Serialize(IReadOnlyList<SearchHit> hits) => JsonSerializer.Serialize(hits, Context.IReadOnlyListSearchHit);

    public static string Serialize(IReadOnlyList<StoredEvent> events) => JsonSerializer.Serialize(events, Context.IReadOnlyListStoredEvent);
}

/// <summary>Source-generated serializers for the query commands' JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<SearchHit>))]
[JsonSerializable(typeof(IReadOnlyList<StoredEvent>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
