using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Knowledge;

/// <summary>Continents, seas and world regions (Europe, Middle East, Balkans) with their names and adjectives in any language.</summary>
public sealed class WorldRegions
{
    /// <summary>The data file the regions are read from.</summary>
    public const string RegionsFile = "Knowledge/Data/world-regions.tsv";

    private readonly List<SurfaceForm> _forms = [];

    private WorldRegions(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 3)
                throw DataRows.Error(RegionsFile, row, "expected id, English name and names, tab-separated.");
            var target = new KnowledgeRef("region:" + row[0], row[1], null, "world-region");
            foreach (var name in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                _forms.Add(new SurfaceForm(name, target, EntityType.LOC, MentionKind.Name, false, false));
            if (row.Length > 3)
            {
                foreach (var adjective in row[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
                    _forms.Add(new SurfaceForm(adjective, target, EntityType.LOC, MentionKind.Demonym, false, false));
            }
        }
    }

    /// <summary>Every name and adjective of every region; they are not tied to one language.</summary>
    public IReadOnlyList<SurfaceForm> Forms => _forms;

    /// <summary>Reads the regions compiled into Cronista.</summary>
    public static WorldRegions Load() => new(ResourceFiles.ReadRows(RegionsFile));
}
