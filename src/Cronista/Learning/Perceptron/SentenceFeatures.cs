namespace Cronista.Learning.Perceptron;

/// <summary>The feature keys of every token of one sentence, stored flat and reused between sentences.</summary>
public sealed class SentenceFeatures
{
    private ulong[] _keys = new ulong[1024];
    private int[] _starts = new int[65];
    private int _count;
    private float[] _scores = new float[1024];

    /// <summary>How many tokens have been started.</summary>
    public int Tokens { get; private set; }

    /// <summary>Forgets every token, keeping the buffers.</summary>
    public void Clear()
    {
        Tokens = 0;
        _count = 0;
        _starts[0] = 0;
    }

    /// <summary>Starts the features of the next token.</summary>
    public void NextToken()
    {
        if (Tokens + 1 >= _starts.Length)
            Array.Resize(ref _starts, _starts.Length * 2);
        _starts[Tokens++] = _count;
    }

    /// <summary>Adds a feature to the current token.</summary>
    public void Add(ulong key)
    {
        if (_count == _keys.Length)
            Array.Resize(ref _keys, _keys.Length * 2);
        _keys[_count++] = key;
    }

    /// <summary>The keys of token <paramref name="token"/>; call after the last token's features are added.</summary>
    public ReadOnlySpan<ulong> Of(int token)
    {
        var end = token + 1 < Tokens ? _starts[token + 1] : _count;
        return _keys.AsSpan(_starts[token], end - _starts[token]);
    }

    /// <summary>Scratch space of <paramref name="length"/> zeroed scores for decoding this sentence, reused from call to call.</summary>
    public Span<float> Scores(int length)
    {
        if (_scores.Length < length)
            _scores = new float[Math.Max(length, _scores.Length * 2)];
        var scores = _scores.AsSpan(0, length);
        scores.Clear();
        return scores;
    }
}
