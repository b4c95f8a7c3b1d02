using System.IO.Compression;
using System.Text;
using Cronista.Text;

namespace Cronista.Events.Actors;

/// <summary>Builds Cronista's actor names file and English agent nouns from the PETRARCH2 Phoenix dictionaries.</summary>
/// <remarks>Names are matched as whole words, as PETRARCH2 matches them (it does no stemming, so the TABARI rule "no final
/// '_' means a stem" no longer holds); each name is split into words by Cronista's own tokenizer so it compares with
/// the words of an article.</remarks>
internal static class PhoenixDictionaryReader
{
    /// <summary>The actor dictionaries read, in this order (the first default code of a phrase wins).</summary>
    public static readonly IReadOnlyList<string> ActorFileNames = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    /// <summary>The agents dictionary.</summary>
    public const string AgentFileName = "Phoenix.agents.txt";

    /// <summary>Above this size the names file is written gzipped.</summary>
    public const int GzipAbove = 500_000;

    private const string Licence = "Licence: MIT, Copyright (c) 2014 Open Event Data Alliance (the dictionaries' own headers and LICENSE).";

    /// <summary>Reads the Phoenix files under <paramref name="petrarchFolder"/> and writes Data/actors.tsv(.gz) and
    /// Languages/en/agents.tsv under <paramref name="eventsFolder"/> (src/Cronista/Events).</summary>
    /// <exception cref="FileNotFoundException">A Phoenix file is missing; the message says which.</exception>
    public static ActorBuildSummary Build(string petrarchFolder, string eventsFolder)
    {
        var dictionaries = FindDictionaries(petrarchFolder);
        var source = SourceLine(dictionaries);
        var notes = new ConversionNotes();
        var rules = TokenizationRules.Load("en");
        var map = PhoenixCodeMap.Load();

        var actorRows = ActorRows(dictionaries, rules, map, notes);
        var actorHeader = new List<string>
        {
            "Actor names and their CAMEO-style codes, built by 'cronista build-actors' from the PETRARCH2 Phoenix dictionaries",
            $"{string.Join(", ", ActorFileNames)}; {source}",
            Licence,
            "Columns: phrase (Cronista's folded tokens, one space apart); code (ISO 3166 alpha-3 country, a space and the first",
            "sector of the Phoenix code, deeper sub-codes dropped: USAGOVLEG → USA GOV; or a transnational type alone: IGOUNO → IGO);",
            "start and end (yyyy-mm-dd, both included, empty when open). A phrase's undated code is its default; '---' means the",
            "phrase names no actor. Phoenix two-digit years 00-30 are read as 20xx, the others as 19xx.",
            "A territory with its own ISO code becomes the country (GBRVGB → VGB, USRARM → ARM).",
        };
        actorHeader.AddRange(map.Describe());
        var actorsPath = WriteActors(eventsFolder, actorRows, actorHeader);

        var agentRows = AgentRows(dictionaries, rules, notes);
        var agentsPath = Path.Combine(eventsFolder, "Languages", "en", AgentsFile.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(agentsPath)!);
        using (var writer = new StreamWriter(agentsPath, false, new UTF8Encoding(false)))
        {
            AgentsFile.Write(writer, agentRows,
            [
                $"Agent nouns in English and their CAMEO sector, built by 'cronista build-actors' from {AgentFileName}; {source}",
                Licence,
                "Substitution sets (!PERSON!, !MINIST!) expanded; regular plurals added where the file leaves them implicit;",
                "sector = the first three letters of the code (~GOVMED → GOV, IGO~ → IGO). Forms are folded tokens, '|'-separated.",
            ]);
        }

        return new ActorBuildSummary(
            actorsPath, actorRows.Count, actorRows.Select(r => r.Phrase).Distinct(StringComparer.Ordinal).Count(), new FileInfo(actorsPath).Length,
            agentsPath, agentRows.Count, agentRows.Sum(r => r.Singular.Count + r.Plural.Count), new FileInfo(agentsPath).Length,
            [.. notes.Lines()]);
    }

    /// <summary>The rows of the names file: one a phrase and code, duplicates removed, sorted by phrase (stable, so a
    /// phrase's codes keep the dictionaries' order).</summary>
    public static List<ActorRow> ActorRows(string dictionaries, TokenizationRules rules, PhoenixCodeMap map, ConversionNotes notes)
    {
        var rows = new List<ActorRow>();
        foreach (var name in ActorFileNames)
        {
            using var reader = new StreamReader(Path.Combine(dictionaries, name), Encoding.UTF8);
            rows.AddRange(RowsOf(PhoenixActorFile.Read(reader, name, notes), rules, map, notes));
        }
        var unique = rows.Distinct().OrderBy(r => r.Phrase, StringComparer.Ordinal).ToList();
        foreach (var phrase in unique.Where(r => !r.Code.IsDated).GroupBy(r => r.Phrase).Where(g => g.Select(r => r.Code.Code).Distinct().Count() > 1))
            notes.Add("phrases with more than one default code (the first is used)", $"{phrase.Key} ({string.Join(", ", phrase.Select(r => r.Code.Code))})");
        return unique;
    }

    /// <summary>The rows of some entries: every name with every code that survives conversion.</summary>
    public static IEnumerable<ActorRow> RowsOf(IEnumerable<PhoenixActorEntry> entries, TokenizationRules rules, PhoenixCodeMap map, ConversionNotes notes)
    {
        foreach (var entry in entries)
        {
            var codes = new List<ActorCodeRange>();
            foreach (var code in entry.Codes)
            {
                if (map.Convert(code.Code, out var reason) is { } converted)
                    codes.Add(code with { Code = converted });
                else
                    notes.Add($"dropped: {reason}", code.Code);
            }
            if (codes.Count == 0)
            {
                notes.Add("names left without a code", entry.Names[0]);
                continue;
            }
            foreach (var name in entry.Names)
            {
                if (name.Contains('\uFFFD'))
                {
                    notes.Add("names with broken characters", name);
                    continue;
                }
                var words = PhraseWords.Of(name, rules);
                if (words.Length == 0)
                    continue;
                var phrase = string.Join(' ', words);
                foreach (var code in codes.Distinct())
                    yield return new ActorRow(phrase, code);
            }
        }
    }

    /// <summary>The agent rows: forms folded, regular plurals added where the file leaves them implicit.</summary>
    public static List<AgentRow> AgentRows(string dictionaries, TokenizationRules rules, ConversionNotes notes)
    {
        using var reader = new StreamReader(Path.Combine(dictionaries, AgentFileName), Encoding.UTF8);
        return RowsOf(PhoenixAgentFile.Read(reader, notes), rules, notes);
    }

    /// <summary>The agent rows of some entries.</summary>
    public static List<AgentRow> RowsOf(IEnumerable<PhoenixAgentEntry> entries, TokenizationRules rules, ConversionNotes notes)
    {
        var rows = new List<AgentRow>();
        foreach (var entry in entries)
        {
            var singular = entry.Singular.Select(f => PhraseWords.Of(f, rules)).Where(w => w.Length > 0).ToList();
            var plural = entry.Plural.Select(f => PhraseWords.Of(f, rules)).Where(w => w.Length > 0).ToList();
            if (entry.RegularPlural)
                plural.AddRange(singular.Select(EnglishPlural.Of).OfType<string[]>());
            if (singular.Count + plural.Count == 0)
            {
                notes.Add("agents without a form", entry.Sector);
                continue;
            }
            rows.Add(new AgentRow(entry.Sector, Joined(singular), Joined(plural)));
        }
        return rows;
    }

    private static string[] Joined(List<string[]> forms) => [.. forms.Select(w => string.Join(' ', w)).Distinct(StringComparer.Ordinal)];

    private static string WriteActors(string eventsFolder, List<ActorRow> rows, List<string> header)
    {
        var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            ActorsFile.Write(writer, rows, header);
        var data = Path.Combine(eventsFolder, "Data");
        Directory.CreateDirectory(data);
        var plain = Path.Combine(data, Path.GetFileName(ActorsFile.PlainPath));
        var gzip = Path.Combine(data, Path.GetFileName(ActorsFile.GzipPath));
        var (target, other) = buffer.Length > GzipAbove ? (gzip, plain) : (plain, gzip);
        File.Delete(other);
        using var file = File.Create(target);
        buffer.Position = 0;
        if (target == gzip)
        {
            using var compressed = new GZipStream(file, CompressionLevel.SmallestSize);
            buffer.CopyTo(compressed);
        }
        else
        {
            buffer.CopyTo(file);
        }
        return target;
    }

    /// <summary>The folder holding the Phoenix files: the folder given, or the one below it that has them.</summary>
    private static string FindDictionaries(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"PETRARCH2 folder '{folder}' does not exist; pass the folder that holds {ActorFileNames[0]} (or the repository above it).");
        var found = Directory.EnumerateFiles(folder, ActorFileNames[0], SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException($"No {ActorFileNames[0]} under '{folder}'; pass the PETRARCH2 dictionaries folder.");
        var dictionaries = Path.GetDirectoryName(found)!;
        foreach (var name in ActorFileNames.Append(AgentFileName))
        {
            if (!File.Exists(Path.Combine(dictionaries, name)))
                throw new FileNotFoundException($"'{dictionaries}' has no {name}; the conversion needs all four Phoenix files.", name);
        }
        return dictionaries;
    }

    /// <summary>"repository …, commit …" from the SOURCE.txt beside or above the dictionaries, if there is one.</summary>
    private static string SourceLine(string dictionaries)
    {
        for (var folder = new DirectoryInfo(dictionaries); folder is not null; folder = folder.Parent)
        {
            var source = Path.Combine(folder.FullName, "SOURCE.txt");
            if (!File.Exists(source))
                continue;
            var fields = File.ReadLines(source)
                .Select(l => l.Split(':', 2, StringSplitOptions.TrimEntries))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
            return $"{fields.GetValueOrDefault("Repository", "https://github.com/openeventdata/petrarch2")}, commit {fields.GetValueOrDefault("Commit", "unknown")}.";
        }
        return "https://github.com/openeventdata/petrarch2, commit unknown.";
    }
}

/// <summary>What 'build-actors' wrote.</summary>
internal sealed record ActorBuildSummary(
    string ActorsPath, int ActorRows, int ActorPhrases, long ActorsBytes,
    string AgentsPath, int AgentRows, int AgentForms, long AgentsBytes,
    IReadOnlyList<string> Notes);
