using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>Role nouns per language (presidente, ministro degli Esteri, Bundeskanzler, porte-parole) and the role each names.</summary>
/// <remarks>Data: Knowledge/Languages/&lt;iso&gt;/roles.tsv with columns role, sector, leader (yes/no), referent
/// (person/group), office, singular forms, plural forms; forms '|'-separated, several words allowed.
/// Immutable and thread-safe; lookups ignore case and diacritics.</remarks>
public sealed class RoleLexicon
{
    private readonly Dictionary<string, Dictionary<string, List<RoleForm>>> _byLanguage;
    private readonly Dictionary<string, List<RoleForm>> _forms;
    private readonly Dictionary<string, int> _maxWords;

    private RoleLexicon(IReadOnlyDictionary<string, IEnumerable<string[]>> languageRows)
    {
        _byLanguage = new Dictionary<string, Dictionary<string, List<RoleForm>>>(StringComparer.Ordinal);
        _forms = new Dictionary<string, List<RoleForm>>(StringComparer.Ordinal);
        _maxWords = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (language, rows) in languageRows)
        {
            var file = $"Knowledge/Languages/{language}/roles.tsv";
            var byKey = new Dictionary<string, List<RoleForm>>(StringComparer.Ordinal);
            var list = new List<RoleForm>();
            var maxWords = 1;
            foreach (var row in rows)
            {
                if (row.Length < 6)
                    throw DataRows.Error(file, row, "expected role, sector, leader, referent, office, singular forms and plural forms, tab-separated.");
                var role = ParseRole(file, row);
                // One Role object per name across languages, so that results compare equal by reference too.
                if (roles.TryGetValue(role.Name, out var known))
                {
                    if (known != role)
                        throw DataRows.Error(file, row, $"role '{role.Name}' is described differently in another language file; make sector, leader, referent and office agree.");
                    role = known;
                }
                else
                {
                    roles[role.Name] = role;
                }
                foreach (var (forms, plural) in new[] { (DataRows.List(row, 5), false), (DataRows.List(row, 6), true) })
                {
                    foreach (var text in forms)
                    {
                        var key = NameKey.Of(text);
                        if (!byKey.TryGetValue(key, out var entries))
                            byKey[key] = entries = [];
                        if (entries.Any(e => e.Role == role))
                            continue;
                        var form = new RoleForm(text, role, plural);
                        entries.Add(form);
                        list.Add(form);
                        maxWords = Math.Max(maxWords, key.Split(' ').Length);
                    }
                }
            }
            _byLanguage[language] = byKey;
            _forms[language] = list;
            _maxWords[language] = maxWords;
        }
        Roles = roles.Values.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Loads the role files of every supported language compiled into Cronista.</summary>
    public static RoleLexicon Load() =>
        new(SupportedLanguages.All.ToDictionary(
            language => language,
            language => (IEnumerable<string[]>)ResourceFiles.ReadLanguageRows("Knowledge", language, "roles.tsv").ToList(),
            StringComparer.Ordinal));

    /// <summary>Builds a lexicon from rows in the file format (for tests and tools).</summary>
    internal static RoleLexicon FromRows(IReadOnlyDictionary<string, IEnumerable<string[]>> languageRows) => new(languageRows);

    /// <summary>Every distinct role across languages, by name.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Every role form of a language, in file order.</summary>
    public IReadOnlyList<RoleForm> Forms(string language) => _forms.TryGetValue(language, out var list) ? list : [];

    /// <summary>The roles a word or phrase names in the language ("primo ministro" → prime-minister); empty when none.</summary>
    public IReadOnlyList<RoleForm> Find(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _byLanguage.TryGetValue(language, out var byKey) && byKey.TryGetValue(NameKey.Of(text), out var forms) ? forms : [];
    }

    /// <summary>The longest role form starting at token <paramref name="start"/> ("ministro degli Esteri" before "ministro"), or null.</summary>
    public RoleMatch? MatchAt(string language, IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!_byLanguage.TryGetValue(language, out var byKey) || start < 0 || start >= tokens.Count)
            return null;
        var longest = Math.Min(_maxWords[language], tokens.Count - start);
        for (var length = longest; length >= 1; length--)
        {
            var phrase = string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i]));
            if (byKey.TryGetValue(NameKey.Of(phrase), out var forms))
                return new RoleMatch(forms[0].Role, forms[0].Text, start, length, forms[0].IsPlural);
        }
        return null;
    }

    private static Role ParseRole(string file, string[] row)
    {
        var leader = row[2] switch
        {
            "yes" => true,
            "no" => false,
            _ => throw DataRows.Error(file, row, $"leader must be 'yes' or 'no', not '{row[2]}'."),
        };
        var person = row[3] switch
        {
            "person" => true,
            "group" => false,
            _ => throw DataRows.Error(file, row, $"referent must be 'person' or 'group', not '{row[3]}'."),
        };
        var sector = row[1] is "" or "-" ? null : row[1];
        var office = row[4] is "" or "-" ? null : row[4];
        return new Role(row[0], sector, leader, person, office);
    }
}
