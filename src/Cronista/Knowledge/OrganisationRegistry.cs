using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Knowledge;

/// <summary>Known organisations with their names in any language, found by name or acronym.</summary>
/// <remarks>Data: Knowledge/Data/organisations.tsv (id, name, type, subtype, country, sector, aliases). News agencies are
/// kept in their own table. Immutable and thread-safe; lookups ignore case and diacritics, except that an
/// all-capital acronym in the data matches only text in capitals (IS, not "is").</remarks>
public sealed class OrganisationRegistry
{
    /// <summary>The organisations table.</summary>
    public const string OrganisationsFile = "Knowledge/Data/organisations.tsv";

    private readonly Dictionary<string, Organisation> _byId;
    private readonly Dictionary<string, List<(string Form, Organisation Organisation)>> _byName;

    private OrganisationRegistry(IEnumerable<string[]> rows)
    {
        var all = new List<Organisation>();
        _byId = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 6)
                throw DataRows.Error(OrganisationsFile, row, "expected id, name, type, subtype, country, sector and aliases, tab-separated.");
            if (!Enum.TryParse<EntityType>(row[2], ignoreCase: false, out var type))
                throw DataRows.Error(OrganisationsFile, row, $"type '{row[2]}' is not one of PER, ORG, LOC, MISC.");
            var organisation = new Organisation(row[0], row[1], type, row[3], Dash(row[4]), Dash(row[5]), DataRows.List(row, 6).Where(a => a != row[1]).Distinct().ToArray());
            if (!_byId.TryAdd(organisation.Id, organisation))
                throw DataRows.Error(OrganisationsFile, row, $"id '{organisation.Id}' is used twice; ids must be unique.");
            all.Add(organisation);
        }
        All = all;
        _byName = new Dictionary<string, List<(string, Organisation)>>(StringComparer.Ordinal);
        foreach (var organisation in all)
        {
            foreach (var form in organisation.Aliases.Prepend(organisation.Name))
            {
                var key = NameKey.Of(form);
                if (!_byName.TryGetValue(key, out var list))
                    _byName[key] = list = [];
                if (!list.Any(e => e.Organisation == organisation && e.Form == form))
                    list.Add((form, organisation));
            }
        }
    }

    /// <summary>Loads the organisations table compiled into Cronista.</summary>
    public static OrganisationRegistry Load() => new(ResourceFiles.ReadRows(OrganisationsFile));

    /// <summary>Builds a registry from rows in the file format (for tests and tools).</summary>
    internal static OrganisationRegistry FromRows(IEnumerable<string[]> rows) => new(rows);

    /// <summary>Every organisation, in file order.</summary>
    public IReadOnlyList<Organisation> All { get; }

    /// <summary>The organisation with this id, or null.</summary>
    public Organisation? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The organisations with this name or alias ("Cremlino" → Kremlin); acronyms match only when written in capitals.</summary>
    public IReadOnlyList<Organisation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_byName.TryGetValue(NameKey.Of(text), out var list))
            return [];
        return list.Where(e => !SurfaceForm.IsAcronym(e.Form) || string.Equals(e.Form.Replace(".", ""), text.Replace(".", ""), StringComparison.Ordinal))
            .Select(e => e.Organisation)
            .Distinct()
            .ToArray();
    }

    private static string? Dash(string text) => text is "" or "-" ? null : text;
}
