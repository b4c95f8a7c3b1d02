namespace Cronista.Language;

/// <summary>The character n-grams of language evidence, each word padded with a space on both sides.</summary>
/// <remarks>
/// " il cane " yields "i", "l", " i", "il", "l ", " il", "il ", " il " and so on for "cane"; a lone space is not a unigram.
/// An n-gram of up to four UTF-16 characters is packed into one 64-bit key, 16 bits a character; letters and the
/// space are never 0, so keys of different orders never collide.
/// </remarks>
internal ref struct CharNgrams
{
    /// <summary>The longest n-gram a key can hold.</summary>
    public const int MaxSupportedOrder = 4;

    private readonly ReadOnlySpan<char> _evidence;
    private readonly int _maxOrder;
    private int _wordStart;
    private int _wordEnd;
    private int _order;
    private int _position;

    /// <summary>Enumerates the n-grams of orders 1 to <paramref name="maxOrder"/> of evidence from <see cref="LanguageEvidence"/>.</summary>
    public CharNgrams(ReadOnlySpan<char> evidence, int maxOrder)
    {
        if (maxOrder is < 1 or > MaxSupportedOrder)
            throw new ArgumentOutOfRangeException(nameof(maxOrder), maxOrder, $"N-gram orders go from 1 to {MaxSupportedOrder}.");
        _evidence = evidence;
        _maxOrder = maxOrder;
        _wordStart = 0;
        _wordEnd = 1;
        _order = maxOrder + 1;
        _position = 0;
        Current = default;
    }

    /// <summary>The current n-gram's key and order.</summary>
    public (ulong Key, int Order) Current { get; private set; }

    /// <summary>Lets the n-grams be read with foreach.</summary>
    public readonly CharNgrams GetEnumerator() => this;

    /// <summary>Moves to the next n-gram, and to the next word when this one is done.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            if (_order <= _maxOrder)
            {
                if (_position + _order <= _wordEnd)
                {
                    var gram = _evidence.Slice(_position++, _order);
                    if (_order == 1 && gram[0] == ' ')
                        continue;
                    Current = (Pack(gram), _order);
                    return true;
                }
                _order++;
                _position = _wordStart;
                continue;
            }
            // The space after one word is the space before the next.
            var start = _wordEnd - 1;
            if (start + 1 >= _evidence.Length)
                return false;
            var length = _evidence[(start + 1)..].IndexOf(' ');
            if (length < 0)
                return false;
            _wordStart = start;
            _wordEnd = start + length + 2;
            _order = length == 0 ? _maxOrder + 1 : 1;
            _position = _wordStart;
        }
    }

    /// <summary>The key of an n-gram of one to four characters.</summary>
    public static ulong Pack(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        foreach (var c in gram)
            key = key << 16 | c;
        return key;
    }

    /// <summary>The n-gram a key holds.</summary>
    public static string Unpack(ulong key)
    {
        Span<char> chars = stackalloc char[MaxSupportedOrder];
        var length = 0;
        for (; key != 0; key >>= 16)
            chars[length++] = (char)(key & 0xFFFF);
        chars[..length].Reverse();
        return new string(chars[..length]);
    }
}
