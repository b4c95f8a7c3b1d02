using System.Globalization;
using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>Heads of state and government and other office holders with their terms, found by name or by who held an office on a date.</summary>
/// <remarks>Data: Knowledge/Data/people.tsv, one row per term (see its header). Immutable and thread-safe.</remarks>
public sealed class PersonRegistry
{
    /// <summary>The people table.</summary>
    public const string PeopleFile = "Knowledge/Data/people.tsv";

    private readonly Dictionary<string, Person> _byId;
    private readonly Dictionary<string, List<Person>> _byName;
    private readonly Dictionary<string, List<Person>> _bySurname;

    private PersonRegistry(IEnumerable<string[]> rows)
    {
        var builders = new Dictionary<string, PersonBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in rows)
        {
            if (row.Length < 13)
                throw DataRows.Error(PeopleFile, row, "expected id, name, aliases, surnames, country, organisation, role, sector, flags, start, end, titles, source, comment; tab-separated.");
            var id = row[0];
            if (!builders.TryGetValue(id, out var builder))
            {
                builders[id] = builder = new PersonBuilder(id, row[1]);
                order.Add(id);
            }
            else if (builder.Name != row[1])
            {
                throw DataRows.Error(PeopleFile, row, $"id '{id}' is used for '{builder.Name}' too; give each person one id and one canonical name.");
            }
            builder.Aliases.UnionWith(DataRows.List(row, 2));
            builder.Surnames.UnionWith(DataRows.List(row, 3));
            builder.Titles.UnionWith(DataRows.List(row, 11));
            builder.Terms.Add(ParseTerm(row));
        }
        People = order.Select(id => builders[id].Build()).ToArray();
        _byId = People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byName = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        _bySurname = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in People)
        {
            foreach (var name in person.Aliases.Prepend(person.Name))
                Index(_byName, name, person);
            foreach (var surname in person.Surnames)
                Index(_bySurname, surname, person);
        }
    }

    /// <summary>Loads the people table compiled into Cronista.</summary>
    public static PersonRegistry Load() => new(ResourceFiles.ReadRows(PeopleFile));

    /// <summary>Builds a registry from rows in the file format (for tests and tools).</summary>
    internal static PersonRegistry FromRows(IEnumerable<string[]> rows) => new(rows);

    /// <summary>Every person, in file order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The person with this id (vladimir-putin), or null.</summary>
    public Person? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The people with this full name or alias ("Kim Jong-un", "Selenskyj"), ignoring case and diacritics.</summary>
    public IReadOnlyList<Person> FindByName(string name) => Lookup(_byName, name);

    /// <summary>The people a surname alone may refer to ("Putin", "Kim"); more than one when the surname is shared.</summary>
    public IReadOnlyList<Person> FindBySurname(string surname) => Lookup(_bySurname, surname);

    /// <summary>The people with this full name, or failing that this surname.</summary>
    public IReadOnlyList<Person> Find(string text)
    {
        var full = FindByName(text);
        return full.Count > 0 ? full : FindBySurname(text);
    }

    /// <summary>Who held an office in a country on a date: "president" of RUS on 2025-08-13 is Vladimir Putin.</summary>
    /// <param name="office">An office as in the people table, or "leader" for the paramount leader, "head-of-state", "head-of-government".</param>
    /// <param name="country">ISO3 of the country, or an organisation id (un, nato) for offices of an organisation.</param>
    /// <param name="date">The date the text speaks of (usually its publication date).</param>
    public IReadOnlyList<Person> HolderOn(string office, string country, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(country);
        var result = new List<Person>();
        foreach (var person in People)
        {
            foreach (var term in person.Terms)
            {
                var place = term.Country ?? term.Organisation;
                if (!string.Equals(place, country, StringComparison.OrdinalIgnoreCase) || !term.Covers(date) || !Holds(term, person, office))
                    continue;
                result.Add(person);
                break;
            }
        }
        return result;
    }

    private static bool Holds(OfficeTerm term, Person person, string office) => office switch
    {
        "leader" => term.IsParamount,
        "head-of-state" => term.IsHeadOfState,
        "head-of-government" => term.IsHeadOfGovernment,
        _ => term.Role == office || person.Titles.Contains(office),
    };

    private static OfficeTerm ParseTerm(string[] row)
    {
        var flags = DataRows.List(row, 8).Select(f => f.ToLowerInvariant()).ToHashSet();
        var unknownFlags = flags.Except(["hos", "hog", "paramount"]).ToList();
        if (unknownFlags.Count > 0)
            throw DataRows.Error(PeopleFile, row, $"unknown flag '{unknownFlags[0]}'; flags are hos, hog and paramount, '|'-separated.");
        var end = DataRows.Field(row, 10);
        return new OfficeTerm(
            row[6],
            DataRows.Optional(row, 4),
            DataRows.Optional(row, 5),
            DataRows.Optional(row, 7),
            flags.Contains("hos"),
            flags.Contains("hog"),
            flags.Contains("paramount"),
            ParseDate(row, DataRows.Field(row, 9)),
            end == "?" ? null : ParseDate(row, end),
            end == "?",
            DataRows.Field(row, 12));
    }

    private static DateOnly? ParseDate(string[] row, string text)
    {
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw DataRows.Error(PeopleFile, row, $"'{text}' is not a date; write yyyy-MM-dd, leave it empty when unknown (start) or in office (end), or '?' for an unknown end.");
    }

    private static void Index(Dictionary<string, List<Person>> index, string text, Person person)
    {
        var key = NameKey.Of(text);
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(person))
            list.Add(person);
    }

    private static IReadOnlyList<Person> Lookup(Dictionary<string, List<Person>> index, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return index.TryGetValue(NameKey.Of(text), out var list) ? list : [];
    }

    private sealed class PersonBuilder(string id, string name)
    {
        public string Name { get; } = name;
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Surnames { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Titles { get; } = new(StringComparer.Ordinal);
        public List<OfficeTerm> Terms { get; } = [];

        public Person Build()
        {
            Aliases.Remove(Name);
            var terms = Terms.OrderBy(t => t.Start ?? DateOnly.MinValue).ToArray();
            return new Person(id, Name, Aliases.ToArray(), Surnames.ToArray(), Titles.ToArray(), terms);
        }
    }
}
