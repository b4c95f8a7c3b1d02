using System.Collections.Immutable;
using System.Globalization;

namespace Cronista.Eval.Extraction;

/// <summary>One page of the publication-date gold list.</summary>
/// <param name="File">The page's file name as evaldata.json writes it.</param>
/// <param name="Published">The day the page says it was published; null when it shows none.</param>
/// <param name="Evidence">What the annotator read the date from ("byline", "meta+jsonld").</param>
internal sealed record PageDateGoldItem(string File, DateOnly? Published, string Evidence);

/// <summary>Reads eval/extraction/page-dates.tsv: <c>file TAB published TAB evidence</c>, a header line, published as
/// YYYY-MM-DD or "none".</summary>
internal static class PageDateGold
{
    /// <summary>The gold list, in file order.</summary>
    /// <exception cref="EvaldataException">The file is missing or a line is malformed.</exception>
    public static ImmutableArray<PageDateGoldItem> Read(string path)
    {
        if (!File.Exists(path))
            throw new EvaldataException($"gold file '{path}' not found; pass --gold with the page-dates TSV (eval/extraction/page-dates.tsv)");
        var items = ImmutableArray.CreateBuilder<PageDateGoldItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 && line.StartsWith("file\t", StringComparison.Ordinal) || line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length < 2)
                throw new EvaldataException($"{path}:{number}: expected 'file<TAB>published<TAB>evidence'");
            DateOnly? published = null;
            if (cells[1] != "none")
            {
                published = DateOnly.TryParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new EvaldataException($"{path}:{number}: published '{cells[1]}' is neither YYYY-MM-DD nor 'none'");
            }
            if (!seen.Add(cells[0]))
                throw new EvaldataException($"{path}:{number}: '{cells[0]}' is listed twice");
            items.Add(new PageDateGoldItem(cells[0], published, cells.Length > 2 ? cells[2] : ""));
        }
        if (items.Count == 0)
            throw new EvaldataException($"{path}: no pages listed");
        return items.ToImmutable();
    }
}
