using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Time.Lexicon;

namespace Cronista.Amounts.Numbers;

/// <summary>What a run of number words says: its value, where it ends, and whether it is only an article-like "one".</summary>
/// <param name="Value">The number (25, 2500, 1000000).</param>
/// <param name="End">The token after the last number word.</param>
/// <param name="Weak">True for a lone "un/a/ein/une": an article far more often than a count.</param>
/// <param name="HasScale">True when a scale word (mila, thousand, Millionen) is part of it.</param>
internal readonly record struct NumberWordValue(decimal Value, int End, bool Weak, bool HasScale);

/// <summary>Reads cardinal number words and their compounds (duemilacinquecento, fünfundzwanzig, twenty-one, quatre-vingt-dix).</summary>
/// <remarks>
/// Each word is split into known pieces from <c>Amounts/Languages/&lt;iso&gt;/number-words.tsv</c> (longest piece
/// first, backtracking when a split dead-ends), then the pieces are added and multiplied in the usual way:
/// units and tens add, "hundred" multiplies what precedes it, scale words close a group.
/// </remarks>
internal sealed class NumberWords
{
    private readonly FrozenDictionary<string, Piece> _pieces;
    private readonly string[] _byLength;

    // The pieces by their first letter, longest first: most words start with no number's letter and are refused at once.
    private readonly FrozenDictionary<char, string[]> _byFirstLetter;

    private NumberWords(Dictionary<string, Piece> pieces)
    {
        _pieces = pieces.ToFrozenDictionary(StringComparer.Ordinal);
        _byLength = [.. pieces.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
        _byFirstLetter = _byLength.Where(k => k.Length > 0).GroupBy(k => k[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public static NumberWords Empty { get; } = new([]);

    /// <summary>The number words of a language; a language without data reads none.</summary>
    public static NumberWords Load(string language)
    {
        var pieces = new Dictionary<string, Piece>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadLanguageRows("Amounts", language, "number-words.tsv"))
        {
            if (row.Length < 3)
                throw new FormatException($"Amounts/Languages/{language}/number-words.tsv: '{string.Join(' ', row)}' needs three columns: word, value, class.");
            if (!Enum.TryParse<PieceClass>(row[2], ignoreCase: true, out var pieceClass))
                throw new FormatException($"Amounts/Languages/{language}/number-words.tsv: class '{row[2]}' is unknown; use unit, teen, ten, hundred, scale, and or one.");
            pieces[TextFold.Fold(row[0])] = new Piece(decimal.Parse(row[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), pieceClass);
        }
        return new NumberWords(pieces);
    }

    /// <summary>True when the folded word is a scale word on its own (milioni, million, Milliarden).</summary>
    public bool IsScale(string norm, out decimal scale)
    {
        scale = 0;
        if (_pieces.TryGetValue(norm, out var piece) && piece.Class == PieceClass.Scale)
        {
            scale = piece.Value;
            return true;
        }
        return false;
    }

    /// <summary>Reads the number words starting at token <paramref name="start"/>, across as many tokens as form one number.</summary>
    public bool TryRead(TokenSeq seq, int start, out NumberWordValue result)
    {
        result = default;
        var state = new Accumulator();
        var end = start;
        var pieces = new List<Piece>(4);
        for (var i = start; i < seq.Count && seq.IsWord(i); i++)
        {
            if (i > start && seq.LineBreakBefore(i))
                break;
            pieces.Clear();
            if (!Split(seq.Norm(i), 0, pieces))
                break;
            var attempt = state;
            if (pieces.Count == 1 && pieces[0].Class == PieceClass.And)
            {
                // A connector only inside a number: "two hundred and five", "vingt et un".
                if (i == start || !attempt.CanJoin)
                    break;
                continue;
            }
            if (!attempt.AddAll(pieces, withinWord: true, crossing: i > start))
                break;
            state = attempt;
            end = i + 1;
        }
        if (end == start)
            return false;
        result = new NumberWordValue(state.Total, end, state.OnlyOne, state.HasScale);
        return true;
    }

    /// <summary>Reads one folded word alone ("ventiquattro", "dreissig"), or fails when it is not wholly a number.</summary>
    public bool TryReadWord(string norm, out decimal value)
    {
        value = 0;
        var pieces = new List<Piece>(4);
        if (!Split(norm, 0, pieces))
            return false;
        var state = new Accumulator();
        if (!state.AddAll(pieces, withinWord: true, crossing: false))
            return false;
        value = state.Total;
        return true;
    }

    private bool Split(string word, int at, List<Piece> pieces)
    {
        if (at == word.Length)
            return pieces.Count > 0;
        if (word[at] == '-' && at > 0)
            return Split(word, at + 1, pieces);
        if (!_byFirstLetter.TryGetValue(word[at], out var candidates))
            return false;
        foreach (var key in candidates)
        {
            if (key.Length > word.Length - at || string.CompareOrdinal(word, at, key, 0, key.Length) != 0)
                continue;
            pieces.Add(_pieces[key]);
            if (Split(word, at + key.Length, pieces))
                return true;
            pieces.RemoveAt(pieces.Count - 1);
        }
        return false;
    }

    private enum PieceClass { Unit, Teen, Ten, Hundred, Scale, And, One }

    private readonly record struct Piece(decimal Value, PieceClass Class);

    /// <summary>Adds pieces left to right, refusing sequences no one writes ("five five", "twenty thirty").</summary>
    private struct Accumulator
    {
        private decimal _total;
        private decimal _current;
        private PieceClass? _last;
        private bool _joined;
        private int _count;

        public readonly decimal Total => _total + _current;

        public bool HasScale { get; private set; }

        public readonly bool OnlyOne => _count == 1 && _last == PieceClass.One;

        public readonly bool CanJoin => _last is PieceClass.Hundred or PieceClass.Scale or PieceClass.Ten;

        public bool AddAll(List<Piece> pieces, bool withinWord, bool crossing)
        {
            for (var k = 0; k < pieces.Count; k++)
            {
                var piece = pieces[k];
                if (piece.Class == PieceClass.And)
                {
                    // "einundzwanzig", "vingt-et-un": a connector inside one word.
                    if (!withinWord || k == 0 || k == pieces.Count - 1)
                        return false;
                    _joined = true;
                    continue;
                }
                if (!Add(piece, crossing && k == 0))
                    return false;
            }
            return true;
        }

        private bool Add(Piece piece, bool newWord)
        {
            var joined = _joined;
            _joined = false;
            switch (piece.Class)
            {
                case PieceClass.Unit or PieceClass.One or PieceClass.Teen:
                    if (_last is PieceClass.Unit or PieceClass.One or PieceClass.Teen)
                        return false;
                    _current += piece.Value;
                    break;
                case PieceClass.Ten:
                    // German puts the unit first, joined inside one word: ein-und-zwanzig.
                    var unitFirst = joined && !newWord && _last is PieceClass.Unit or PieceClass.One && _current % 100 < 10;
                    if (_last is PieceClass.Ten or PieceClass.Teen || (_last is PieceClass.Unit or PieceClass.One && !unitFirst))
                        return false;
                    _current += piece.Value;
                    break;
                case PieceClass.Hundred:
                    if (_last is PieceClass.Hundred or PieceClass.Ten || _current >= 100)
                        return false;
                    _current = (_current == 0 ? 1 : _current) * piece.Value;
                    break;
                case PieceClass.Scale:
                    if (_current == 0 && _total > 0 && _total < piece.Value)
                        _total *= piece.Value; // "mille milioni": a thousand millions
                    else
                        _total += (_current == 0 ? 1 : _current) * piece.Value;
                    _current = 0;
                    HasScale = true;
                    break;
            }
            _last = piece.Class;
            _count++;
            return true;
        }
    }
}
