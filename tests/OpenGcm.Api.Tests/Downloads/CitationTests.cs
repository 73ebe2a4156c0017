using Newtonsoft.Json.Linq;
using OpenGcm.Api.Downloads;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Tests.Downloads;

/// Issue #14, cite: `dataset { citation(style:) }` names OpenGcm, the release, its date and the dataset version, and
/// carries the attribution of every licensed source, built from the sources table.
public sealed class CitationTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Text_citation_names_opengcm_the_release_its_date_the_version_and_every_licensed_source()
    {
        var dataset = (await _client.DataAsync("{ dataset { version release releasedOn citation sources { title url licence } } }"))["dataset"]!;
        var citation = (string)dataset["citation"]!;
        var package = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Data, "datapackage.json")));

        Assert.StartsWith("OpenGcm contributors (", citation, StringComparison.Ordinal);
        Assert.Equal((string?)package["version"], (string?)dataset["release"]);
        Assert.Contains($"## {dataset["release"]} — {dataset["releasedOn"]}", await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Data, "CHANGELOG.md")), StringComparison.Ordinal);
        Assert.Contains($"Release {dataset["release"]} of {dataset["releasedOn"]}, dataset version {dataset["version"]}", citation, StringComparison.Ordinal);
        var licensed = dataset["sources"]!.Where(s => s["licence"]!.Type != JTokenType.Null).ToList();
        Assert.NotEmpty(licensed);
        Assert.All(licensed, s => Assert.Contains($"<{s["url"]}>", citation, StringComparison.Ordinal));
        Assert.Contains("Voeten", citation, StringComparison.Ordinal);
        Assert.Contains("ISO 3166", citation, StringComparison.Ordinal);
        Assert.Contains("Copyright © 2020 by United Nations, made available under a Creative Commons license CC BY 3.0 IGO.", citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csl_json_citation_is_one_dataset_item_with_version_and_date()
    {
        var dataset = (await _client.DataAsync("{ dataset { version release releasedOn citation(style: CSL_JSON) } }"))["dataset"]!;
        var item = (JObject)JArray.Parse((string)dataset["citation"]!).Single();

        Assert.Equal("dataset", (string?)item["type"]);
        Assert.Equal($"opengcm-{dataset["version"]}", (string?)item["id"]);
        Assert.Equal((string?)dataset["release"], (string?)item["version"]);
        Assert.Equal((string?)dataset["releasedOn"], string.Join('-', item["issued"]!["date-parts"]![0]!.Select(p => ((int)p!).ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.StartsWith("OpenGcm", (string?)item["title"], StringComparison.Ordinal);
    }

    /// The statistics providers' rows are not in data/ yet: when they land, their required statements come with them.
    [Theory]
    [InlineData("UN DESA Population Division: International Migrant Stock 2024", "https://www.un.org/development/desa/pd/content/international-migrant-stock", "CC-BY-3.0-IGO", "© 2024 United Nations, DESA, Population Division. Licensed under Creative Commons license CC BY 3.0 IGO.")]
    [InlineData("UNHCR Refugee Population Statistics Database (R package refugees 2025.12.1)", "https://www.unhcr.org/refugee-statistics/", "CC-BY-4.0", "UNHCR Refugee Population Statistics Database")]
    [InlineData("IOM Missing Migrants Project", "https://missingmigrants.iom.int/downloads", "CC-BY-4.0", "IOM Missing Migrants Project")]
    [InlineData("A licensed page", "https://example.org/page", "CC-BY-4.0", null)]
    public void A_providers_row_brings_its_required_attribution(string title, string url, string licence, string? statement)
    {
        var source = new Source { Id = "new", Title = title, Url = url, Licence = licence };

        var text = Citation.Text([source], "0123456789ab", ReleaseInfo.Unknown);

        Assert.Contains($"{title.TrimEnd('.')}, <{url}>", text, StringComparison.Ordinal);
        Assert.Equal(statement, Attribution.StatementFor(source));
        if (statement is not null)
        {
            Assert.Contains(statement, text, StringComparison.Ordinal);
        }

        Assert.Contains("Dataset version 0123456789ab", text, StringComparison.Ordinal);
        Assert.StartsWith("OpenGcm contributors (n.d.)", text, StringComparison.Ordinal);
    }
}
