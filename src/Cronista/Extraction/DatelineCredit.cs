using System.Text.RegularExpressions;
using Cronista.Knowledge;

namespace Cronista.Extraction;

/// <summary>Finds the wire agency a story credits in its dateline: "(Keystone-ATS) …", "ROMA (ANSA) - …", "Berlin (dpa) - …".</summary>
/// <remarks>The credit stays in the text: it is a mention of the agency, which later stages read too.</remarks>
internal static partial class DatelineCredit
{
    // The dateline opens the story, which may follow a lead paragraph or two.
    private const int ParagraphsSearched = 4;

    /// <summary>The canonical name of the first known agency credited at the start of one of the first paragraphs, or null.</summary>
    public static string? Find(string body, NewsAgencies agencies)
    {
        var paragraphs = 0;
        foreach (var paragraph in ParagraphStarts(body))
        {
            if (++paragraphs > ParagraphsSearched)
                break;
            var match = Credit().Match(body, paragraph);
            if (!match.Success)
                continue;
            // A place before the credit makes a dateline only when a dash or colon follows it: "Berlin (dpa) - ".
            if (match.Groups["place"].Success && !match.Groups["dash"].Success)
                continue;
            // Joint credits name each agency: "(ANSA/AFP)", "(dpa, AP)".
            foreach (var name in match.Groups["credit"].Value.Split(['/', ',', '+', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (agencies.Find(name) is { } agency)
                    return agency.Canonical;
            }
        }
        return null;
    }

    /// <summary>Where each non-blank line starts: files hold one paragraph per line, or paragraphs between blank lines.</summary>
    private static IEnumerable<int> ParagraphStarts(string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            while (start < body.Length && char.IsWhiteSpace(body[start]))
                start++;
            if (start >= body.Length)
                yield break;
            yield return start;
            var end = body.IndexOf('\n', start);
            if (end < 0)
                yield break;
            start = end + 1;
        }
    }

    [GeneratedRegex(@"\G(?:(?<place>\p{Lu}[\p{L}\p{M}'’.\- ]{0,40}?)(?:,[^()\n]{1,30}?)?\s+)?\((?<credit>[^()\n]{1,40})\)(?:\s*(?<dash>[-–—:]))?")]
    private static partial Regex Credit();
}
