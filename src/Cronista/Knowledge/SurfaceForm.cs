using Cronista.Entities;

namespace Cronista.Knowledge;

/// <summary>A word or phrase of one language that names something the knowledge base knows, for building a phrase matcher.</summary>
/// <param name="Text">The form as written in the data, with its capitals and accents.</param>
/// <param name="Target">What it refers to.</param>
/// <param name="Type">The entity type a mention of it gets.</param>
/// <param name="Kind">Name, or Demonym for adjectives and nouns of nationality.</param>
/// <param name="IsContextual">True when it refers to the target only if the target is named elsewhere in the document (il Nord).</param>
/// <param name="IsAmbiguous">True when the data knows it to mean other things too (several targets, or a common word).</param>
public sealed record SurfaceForm(string Text, KnowledgeRef Target, EntityType Type, MentionKind Kind, bool IsContextual, bool IsAmbiguous)
{
    /// <summary>The lookup key of the form (see <see cref="NameKey"/>).</summary>
    public string Key => NameKey.Of(Text);

    /// <summary>True when the text must match with the same capitals: acronyms (USA, UE, IS) collide with words when case is ignored.</summary>
    public bool MatchCase => IsAcronym(Text);

    /// <summary>True when the data writes the form with an initial capital: it should then match only text that starts with one
    /// (Polish but not polish, Nord but not nord), while a form written in lower case (russo, russische) matches either.</summary>
    public bool RequiresCapital => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True for an acronym: two or more letters, all capitals (dots allowed: U.S.).</summary>
    public static bool IsAcronym(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
            else if (c is not ('.' or '-' or '&' or ' ' or '\'') && !char.IsDigit(c))
            {
                return false;
            }
        }
        return letters >= 2;
    }
}
