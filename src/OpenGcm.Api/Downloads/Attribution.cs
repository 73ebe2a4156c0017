using OpenGcm.Api.Catalog;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Downloads;

/// The attribution a licensed source asks for: its title, address and licence, followed by the statement its
/// provider requires where the provider words one (quoted in shared/reference-data/SOURCES.md and
/// statistics/SOURCES.md). Sources are matched by what their own row says, so a provider's rows carry its
/// statement as soon as they are in sources.csv.
public static class Attribution
{
    private static readonly (string[] Clues, string Statement)[] Statements =
    [
        // UN DESA, International Migrant Stock 2024 (statistics/SOURCES.md).
        (["International Migrant Stock 2024"], "© 2024 United Nations, DESA, Population Division. Licensed under Creative Commons license CC BY 3.0 IGO."),
        // UN DESA, International Migrant Stock 2020: the workbook's own statement (SOURCES.md §8).
        (["International Migrant Stock 2020"], "Copyright © 2020 by United Nations, made available under a Creative Commons license CC BY 3.0 IGO."),
        (["UNHCR"], "UNHCR Refugee Population Statistics Database"),
        (["Missing Migrants"], "IOM Missing Migrants Project"),
    ];

    /// One line per licensed source, in id order; sources with no recorded licence are counted, not listed.
    public static IReadOnlyList<string> Lines(IEnumerable<Source> sources)
        => sources.Where(s => s.Licence is not null)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(Line)
            .ToList();

    public static string Line(Source source)
    {
        var licence = Licence.Of([source]).Single();
        var line = $"{source.Title.TrimEnd('.')}, <{source.Url}>, {licence.Name} ({licence.Id}).";
        return StatementFor(source) is { } statement ? $"{line} {statement}" : line;
    }

    public static string? StatementFor(Source source)
        => Statements.FirstOrDefault(s => s.Clues.Any(clue => source.Title.Contains(clue, StringComparison.OrdinalIgnoreCase)
            || source.Url.Contains(clue.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))).Statement;
}
