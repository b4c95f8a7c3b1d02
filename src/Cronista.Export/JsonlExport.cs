using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cronista.Export;

/// <summary>Writes events as JSON Lines: one object per event (<see cref="EventObjects"/>), actor, target and location nested.</summary>
internal static class JsonlExport
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<ExportedEvent> events, TextWriter output)
    {
        foreach (var exported in events)
        {
            output.Write(EventObjects.For(exported).ToJsonString(Options));
            output.Write('\n');
        }
    }
}
