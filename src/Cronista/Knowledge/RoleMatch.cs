namespace Cronista.Knowledge;

/// <summary>A role found at a position of a token sequence.</summary>
/// <param name="Role">The role.</param>
/// <param name="Form">The form of the data that matched ("ministro degli Esteri").</param>
/// <param name="Start">The index of the first token.</param>
/// <param name="Length">How many tokens the form spans.</param>
/// <param name="IsPlural">True when the matched form is a plural (presidenti, ministers).</param>
public sealed record RoleMatch(Role Role, string Form, int Start, int Length, bool IsPlural);
