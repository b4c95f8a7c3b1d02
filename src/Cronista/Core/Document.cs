using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Cronista.Core;

/// <summary>One article's text, its metadata and the annotation layers stages have added to it.</summary>
/// <remarks>Immutable: every change returns a new document that shares the unchanged layers.</remarks>
public sealed class Document
{
    private readonly ImmutableDictionary<string, LayerValue> _layers;

    /// <summary>Creates a document with no layers.</summary>
    public Document(string id, string text, DocumentMetadata metadata)
        : this(id, text, metadata, ImmutableDictionary<string, LayerValue>.Empty)
    {
    }

    private Document(string id, string text, DocumentMetadata metadata, ImmutableDictionary<string, LayerValue> layers)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        _layers = layers;
    }

    /// <summary>A stable identifier: from the URL when there is one, else from the text.</summary>
    public string Id { get; }

    /// <summary>The article body; every span points into it.</summary>
    public string Text { get; }

    /// <summary>Publication facts: source, URL, publisher, agency, date, declared language.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The names of the layers present, in no particular order.</summary>
    public IEnumerable<string> LayerNames => _layers.Keys;

    /// <summary>Creates a document whose id is derived from its URL, or from its text when it has none.</summary>
    public static Document Create(string text, DocumentMetadata metadata) =>
        new(IdFor(metadata.Url, text), text, metadata);

    /// <summary>The id a document with this URL or text gets: re-reading the same article yields the same id.</summary>
    public static string IdFor(string? url, string text)
    {
        var key = string.IsNullOrWhiteSpace(url) ? "text:" + text : "url:" + url.Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    /// <summary>The value of a layer; throws <see cref="MissingLayerException"/> when no stage produced it.</summary>
    public T Get<T>(Layer<T> layer) where T : notnull =>
        _layers.TryGetValue(layer.Name, out var value) ? (T)value.Value : throw new MissingLayerException(layer.Name);

    /// <summary>The value of a layer, or false when it is absent.</summary>
    public bool TryGet<T>(Layer<T> layer, out T value) where T : notnull
    {
        if (_layers.TryGetValue(layer.Name, out var stored))
        {
            value = (T)stored.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>True when the layer is present.</summary>
    public bool Has(ILayer layer) => _layers.ContainsKey(layer.Name);

    /// <summary>The stage that produced a layer, or null when it is absent.</summary>
    public string? ProducerOf(ILayer layer) => _layers.TryGetValue(layer.Name, out var value) ? value.Producer : null;

    /// <summary>A copy with the layer set (or replaced), recording the stage that produced it.</summary>
    public Document With<T>(Layer<T> layer, T value, string producer) where T : notnull =>
        new(Id, Text, Metadata, _layers.SetItem(layer.Name, new LayerValue(value, producer)));

    /// <summary>A copy with other metadata and the same layers.</summary>
    public Document WithMetadata(DocumentMetadata metadata) => new(Id, Text, metadata, _layers);

    /// <summary>The document's language: the identified one when a stage has run, else the declared one.</summary>
    public string? Language => TryGet(Layers.Language, out var identified) ? identified.Language : Metadata.Language;

    /// <summary>The text a span covers.</summary>
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text a span covers, without copying.</summary>
    public ReadOnlySpan<char> SliceOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    private sealed record LayerValue(object Value, string Producer);
}
