namespace Cronista.Eval.Ner;

/// <summary>One token's named-entity tag: a chunk prefix (B, I, E, S, or O outside any entity) and an entity type.</summary>
/// <remarks>
/// Prefixes are kept as written so that IOB1 (I- opens an entity unless it follows one of the same type),
/// IOB2 (every entity opens with B-) and IOBES files are all read by the same chunking rules.
/// </remarks>
internal readonly record struct NerTag(char Prefix, string? Type)
{
    /// <summary>Outside any entity.</summary>
    public static readonly NerTag Outside = new('O', null);

    /// <summary>True when the token belongs to no entity.</summary>
    public bool IsOutside => Type is null;

    /// <summary>The type, or "O" outside entities: the label the token-level scorer compares.</summary>
    public string Label => Type ?? "O";

    /// <summary>A tag that opens an entity of the type.</summary>
    public static NerTag Begin(string type) => new('B', type);

    /// <summary>A tag that continues an entity of the type.</summary>
    public static NerTag Inside(string type) => new('I', type);

    /// <inheritdoc />
    public override string ToString() => Type is null ? "O" : $"{Prefix}-{Type}";
}
