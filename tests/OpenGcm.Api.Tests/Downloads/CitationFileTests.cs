using System.Text.RegularExpressions;
using OpenGcm.Api.Downloads;

namespace OpenGcm.Api.Tests.Downloads;

/// CITATION.cff names the release that data/ holds: its version (datapackage.json) and date (CHANGELOG.md), and
/// every licensed source of sources.csv among its references.
public sealed partial class CitationFileTests
{
    private static readonly string Cff = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CITATION.cff"));

    [Fact]
    public void Citation_cff_names_the_release_in_data()
    {
        var release = ReleaseInfo.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "datapackage.json")), File.ReadAllText(Path.Combine(RepositoryPaths.Data, "CHANGELOG.md")));

        Assert.Equal("1.2.0", Field("cff-version"));
        Assert.Equal(release.Version, Field("version"));
        Assert.Equal(release.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Field("date-released"));
        Assert.Equal($"\"{release.Title}\"", Field("title"));
    }

    [Fact]
    public void Citation_cff_references_every_licensed_source()
    {
        var licensed = SourceTable.Read(Path.Combine(RepositoryPaths.Data, "sources.csv")).Where(s => s.Licence is not null).ToList();

        Assert.NotEmpty(licensed);
        Assert.All(licensed, s => Assert.Contains(s.Url, Cff, StringComparison.Ordinal));
        Assert.DoesNotContain("\t", Cff, StringComparison.Ordinal);
    }

    private static string? Field(string name)
    {
        var match = Regex.Match(Cff, $"^{Regex.Escape(name)}: (?<value>.+)$", RegexOptions.Multiline);
        return match.Success ? match.Groups["value"].Value.Trim() : null;
    }
}
