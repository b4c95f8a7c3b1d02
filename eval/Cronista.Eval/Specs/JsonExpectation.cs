using System.Text.Json;

namespace Cronista.Eval.Specs;

/// <summary>Checks produced JSON against the expected JSON of a spec: expected fields must be there, extra fields are fine.</summary>
/// <remarks>
/// An expected object matches a produced object when every expected field matches; an expected array matches
/// when each of its elements matches some produced element (a "source_chain" also in order); an expected string matches a produced object whose
/// "text", "name" or "canonical" is that string; numbers compare by value.
/// </remarks>
public static class JsonExpectation
{
    public static bool Matches(JsonElement expected, JsonElement produced)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (produced.ValueKind != JsonValueKind.Object)
                    return false;
                foreach (var field in expected.EnumerateObject())
                {
                    if (!produced.TryGetProperty(field.Name, out var value) || !Matches(field.Value, value))
                        return false;
                    // A chain of sources is ordered, outermost first: its expected links must appear in that order.
                    if (field.Name == "source_chain" && !InOrder(field.Value, value))
                        return false;
                }
                return true;
            case JsonValueKind.Array:
                if (produced.ValueKind != JsonValueKind.Array)
                    return false;
                var candidates = produced.EnumerateArray().ToList();
                return expected.EnumerateArray().All(e => candidates.Any(p => Matches(e, p)));
            case JsonValueKind.String:
                if (produced.ValueKind == JsonValueKind.Object)
                    return new[] { "text", "name", "canonical" }.Any(k => produced.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == expected.GetString());
                return produced.ValueKind == JsonValueKind.String && produced.GetString() == expected.GetString();
            case JsonValueKind.Number:
                return produced.ValueKind == JsonValueKind.Number && produced.GetDecimal() == expected.GetDecimal();
            default:
                return expected.ValueKind == produced.ValueKind;
        }
    }

    /// <summary>True when the expected elements match produced elements in the same order (others may stand between).</summary>
    private static bool InOrder(JsonElement expected, JsonElement produced)
    {
        if (expected.ValueKind != JsonValueKind.Array || produced.ValueKind != JsonValueKind.Array)
            return true;
        var next = 0;
        var candidates = produced.EnumerateArray().ToList();
        foreach (var item in expected.EnumerateArray())
        {
            while (next < candidates.Count && !Matches(item, candidates[next]))
                next++;
            if (next == candidates.Count)
                return false;
            next++;
        }
        return true;
    }
}
