using System.Collections.Immutable;

namespace Cronista.Text.Boundaries;

/// <summary>Decides whether a sentence ends at a full stop, question mark or ellipsis the rules leave open.</summary>
internal interface ISentenceEnds
{
    /// <summary>True when the sentence ends after token <paramref name="last"/>: the mark at <paramref name="mark"/>
    /// followed by any closing quotes or brackets.</summary>
    bool Ends(string text, ImmutableArray<Token> tokens, int mark, int last);
}
