namespace Cronista.Learning.Clusters;

/// <summary>Which cluster each word has been merged into: a union-find forest over word indices.</summary>
internal sealed class MergeForest
{
    private readonly int[] _parent;

    public MergeForest(int size)
    {
        _parent = new int[size];
        for (var i = 0; i < size; i++)
            _parent[i] = i;
    }

    /// <summary>The word that stands for the cluster holding <paramref name="word"/>.</summary>
    public int Find(int word)
    {
        var root = word;
        while (_parent[root] != root)
            root = _parent[root];
        while (_parent[word] != root)
        {
            var next = _parent[word];
            _parent[word] = root;
            word = next;
        }
        return root;
    }

    /// <summary>Joins the cluster holding <paramref name="other"/> into the one holding <paramref name="word"/>,
    /// whose representative stays the same.</summary>
    public void Join(int word, int other) => _parent[Find(other)] = Find(word);
}
