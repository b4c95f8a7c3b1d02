using System.Buffers;
using Cronista.Core;

namespace Cronista.Events.Actors;

/// <summary>The actor names of Events/Data/actors.tsv(.gz), looked up by the folded words of a sentence.</summary>
/// <remarks>Immutable once built, so one instance serves every language and thread. Names are language-neutral
/// (people, organisations, countries as English news writes them).</remarks>
internal sealed class ActorNames
{
    private const int MaxKeyLength = 512;

    private readonly Dictionary<string, ActorCodeRange[]> _byPhrase;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longestByFirstWord;
    private readonly Dictionary<string, ActorCodeRange[]>.AlternateLookup<ReadOnlySpan<char>> _byPhraseLookup;

    public ActorNames(IEnumerable<ActorRow> rows)
    {
        var byPhrase = new Dictionary<string, List<ActorCodeRange>>(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byPhrase.TryGetValue(row.Phrase, out var codes))
            {
                byPhrase[row.Phrase] = codes = new List<ActorCodeRange>(1);
                var space = row.Phrase.IndexOf(' ');
                var first = space < 0 ? row.Phrase : row.Phrase[..space];
                var length = 1 + row.Phrase.Count(c => c == ' ');
                if (longest.GetValueOrDefault(first) < length)
                    longest[first] = length;
            }
            codes.Add(row.Code);
        }
        _byPhrase = byPhrase.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byPhraseLookup = _byPhrase.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestByFirstWord = longest.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many phrases there are.</summary>
    public int Count => _byPhrase.Count;

    /// <summary>The names compiled into Cronista (empty when the assembly carries no names file).</summary>
    public static ActorNames Load()
    {
        var path = ResourceFiles.Exists(ActorsFile.GzipPath) ? ActorsFile.GzipPath : ActorsFile.PlainPath;
        if (!ResourceFiles.Exists(path))
            return new ActorNames([]);
        using var reader = new StreamReader(ResourceFiles.Open(path));
        return new ActorNames(ActorsFile.Read(reader));
    }

    /// <summary>The longest name starting at word <paramref name="start"/> that has a code on <paramref name="date"/>.</summary>
    /// <remarks>A dated code applies within its dates and wins over the default (undated) code; with no date the default
    /// is used, or else the code that applies latest. A name whose code is '---' hides the shorter names inside it.</remarks>
    public ActorMatch? At(IReadOnlyList<string> words, int start, DateOnly? date)
    {
        if (start < 0 || start >= words.Count || !_longestByFirstWord.TryGetValue(words[start], out var longest))
            return null;
        var buffer = ArrayPool<char>.Shared.Rent(MaxKeyLength);
        try
        {
            for (var length = Math.Min(longest, words.Count - start); length >= 1; length--)
            {
                if (Key(words, start, length, buffer) is not { } keyLength || !_byPhraseLookup.TryGetValue(buffer.AsSpan(0, keyLength), out var codes))
                    continue;
                if (Choose(codes, date) is not { } code)
                    continue;
                return code == PhoenixCodeMap.NoActor ? null : new ActorMatch(start, start + length, code);
            }
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The code that applies on a date, or null when none does.</summary>
    public static string? Choose(IReadOnlyList<ActorCodeRange> codes, DateOnly? date)
    {
        ActorCodeRange? best = null;
        foreach (var code in codes)
        {
            if (date is { } day)
            {
                if (code.Covers(day) && (best is not { } current || code.IsDated && (!current.IsDated || StartOf(code) > StartOf(current))))
                    best = code;
            }
            else if (best is not { } current || current.IsDated && (!code.IsDated || Later(code, current)))
            {
                best = code;
            }
        }
        return best?.Code;
    }

    /// <summary>True when <paramref name="a"/> applies later than <paramref name="b"/>: it ends later (open is latest), or
    /// ends with it and starts later.</summary>
    private static bool Later(ActorCodeRange a, ActorCodeRange b)
    {
        var endA = a.End ?? DateOnly.MaxValue;
        var endB = b.End ?? DateOnly.MaxValue;
        return endA != endB ? endA > endB : StartOf(a) > StartOf(b);
    }

    private static DateOnly StartOf(ActorCodeRange code) => code.Start ?? DateOnly.MinValue;

    /// <summary>Writes the words joined by spaces into the buffer; null when they do not fit.</summary>
    private static int? Key(IReadOnlyList<string> words, int start, int length, char[] buffer)
    {
        var position = 0;
        for (var i = start; i < start + length; i++)
        {
            var word = words[i];
            if (position + word.Length + 1 > buffer.Length)
                return null;
            if (i > start)
                buffer[position++] = ' ';
            word.CopyTo(buffer.AsSpan(position));
            position += word.Length;
        }
        return position;
    }
}
