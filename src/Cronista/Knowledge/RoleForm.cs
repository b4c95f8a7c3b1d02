namespace Cronista.Knowledge;

/// <summary>A word or phrase of one language that names a role.</summary>
/// <param name="Text">The form as written in the data.</param>
/// <param name="Role">The role.</param>
/// <param name="IsPlural">True for a plural form.</param>
public sealed record RoleForm(string Text, Role Role, bool IsPlural);
