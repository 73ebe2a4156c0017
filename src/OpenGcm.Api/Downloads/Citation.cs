using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Downloads;

/// How to cite a release of the dataset: OpenGcm, the release and its date, the dataset version (the content
/// hash, which names the downloads), and the attribution each licensed source requires.
public static partial class Citation
{
    public const string Author = "OpenGcm contributors";
    private const string DefaultTitle = "OpenGcm: sourced data on the Global Compact for Migration and the International Migration Review Forum";

    public static string Text(IReadOnlyList<Source> sources, string version, ReleaseInfo release)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Author} ({Year(release)}). {Title(release)}. {Edition(version, release)}. ")
            .Append(CultureInfo.InvariantCulture, $"Downloads: {DownloadCatalog.ArchiveName(version)}, {DownloadCatalog.DatabaseName(version)}.");
        var lines = Attribution.Lines(sources);
        if (lines.Count > 0)
        {
            text.Append("\nIncludes data from:");
            foreach (var line in lines)
            {
                text.Append("\n- ").Append(line);
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nand {sources.Count(s => s.Licence is null)} further sources listed in sources.csv.");
        return text.ToString();
    }

    public static string BibTeX(IReadOnlyList<Source> sources, string version, ReleaseInfo release)
    {
        var note = $"{Edition(version, release)}. Includes data from: {string.Join(" ", Attribution.Lines(sources))}";
        var entry = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"@misc{{opengcm_{version},\n")
            .Append(CultureInfo.InvariantCulture, $"  author = {{{{{Escape(Author)}}}}},\n")
            .Append(CultureInfo.InvariantCulture, $"  title = {{{ProtectedTitle(Title(release))}}},\n");
        if (release.Date is { } date)
        {
            entry.Append(CultureInfo.InvariantCulture, $"  year = {{{date.Year}}},\n  month = {{{date.Month}}},\n  date = {{{date:yyyy-MM-dd}}},\n");
        }

        entry.Append(CultureInfo.InvariantCulture, $"  version = {{{Escape(release.Version ?? version)}}},\n")
            .Append(CultureInfo.InvariantCulture, $"  howpublished = {{Dataset, {Escape(DownloadCatalog.ArchiveName(version))}}},\n")
            .Append(CultureInfo.InvariantCulture, $"  note = {{{Urls().Replace(Escape(note), @"\url{$1}")}}}\n}}\n");
        return entry.ToString();
    }

    public static string CslJson(IReadOnlyList<Source> sources, string version, ReleaseInfo release)
    {
        var item = new JsonObject
        {
            ["id"] = $"opengcm-{version}",
            ["type"] = "dataset",
            ["title"] = Title(release),
            ["author"] = new JsonArray(new JsonObject { ["literal"] = Author }),
            ["version"] = release.Version ?? version,
            ["medium"] = "SQLite database and CSV files",
            ["note"] = $"{Edition(version, release)}. Includes data from: {string.Join(" ", Attribution.Lines(sources))}",
        };
        if (release.Date is { } date)
        {
            item["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)) };
        }

        return new JsonArray(item).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Title(ReleaseInfo release) => release.Title ?? DefaultTitle;

    /// Braces keep the name's capitals in styles that lower-case titles.
    private static string ProtectedTitle(string title)
        => title.StartsWith("OpenGcm", StringComparison.Ordinal) ? "{OpenGcm}" + Escape(title["OpenGcm".Length..]) : Escape(title);

    private static string Year(ReleaseInfo release) => release.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "n.d.";

    private static string Edition(string version, ReleaseInfo release)
        => (release.Version, release.Date) switch
        {
            ({ } v, { } d) => $"Release {v} of {d:yyyy-MM-dd}, dataset version {version}",
            ({ } v, null) => $"Release {v}, dataset version {version}",
            _ => $"Dataset version {version}",
        };

    /// `<address>` in an attribution line: written `\url{address}` in BibTeX (angle brackets are not text there).
    [System.Text.RegularExpressions.GeneratedRegex("<(https?://[^>\\s]+)>")]
    private static partial System.Text.RegularExpressions.Regex Urls();

    /// BibTeX's special characters in running text; `{`/`}` are escaped so that braces stay balanced.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' => "\\{",
                '}' => "\\}",
                '%' or '&' or '#' or '_' or '$' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
