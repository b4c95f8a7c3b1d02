using System.Collections.Concurrent;

namespace Cronista.Core;

/// <summary>One value per language, made on first use, once, and shared by every thread: how trained models are loaded
/// lazily, so that an Italian-only run never reads the German ones.</summary>
/// <param name="load">Makes a language's value; null when the language has none.</param>
public sealed class PerLanguage<T>(Func<string, T?> load) where T : class
{
    private readonly ConcurrentDictionary<string, Lazy<T?>> _values = new(StringComparer.Ordinal);

    /// <summary>The language's value, or null when it has none (or the language is unknown).</summary>
    public T? For(string? language) =>
        language is null ? null : _values.GetOrAdd(language, l => new Lazy<T?>(() => load(l))).Value;
}
