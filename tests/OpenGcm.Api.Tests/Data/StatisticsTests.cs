using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Data;

/// The statistics tables answer the totals their providers publish or their SOURCES.md checks state
/// (shared/reference-data/statistics/SOURCES.md), through the API's own aggregates.
public sealed class StatisticsTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(1990, 153_916_063)]
    [InlineData(2000, 174_566_152)]
    [InlineData(2010, 221_020_392)]
    [InlineData(2020, 275_284_032)]
    [InlineData(2024, 304_021_813)]
    public async Task World_migrant_stock_by_year_matches_un_desa(int year, long total)
    {
        var data = await _client.DataAsync($"{{ migrantStock(where: {{year: {{eq: {year}}}}}) {{ aggregates {{ sum {{ migrants }} }} }} }}");

        Assert.Equal(total, (long)data["migrantStock"]!["aggregates"]!["sum"]!["migrants"]!);
    }

    [Fact]
    public async Task Main_origins_of_migrants_in_germany_in_2024()
    {
        var data = await _client.DataAsync("""
            { migrantStock(where: {destination: {iso3: {eq: "DEU"}}, year: {eq: 2024}}) {
                groupedAggregates(groupBy: [ORIGIN], orderBy: [SUM_MIGRANTS_DESC], first: 3) { keys sum { migrants } } } }
            """);

        var rows = data["migrantStock"]!["groupedAggregates"]!.Select(g => ((string)g["keys"]![0]!, (long)g["sum"]!["migrants"]!)).ToList();
        Assert.Equal([("OOO", 3_137_259L), ("POL", 1_883_559L), ("TUR", 1_504_743L)], rows);
    }

    [Fact]
    public async Task A_states_series_is_ims_2024_and_says_so()
    {
        var data = await _client.DataAsync("""{ state(iso3: "ARE") { migrantStock { year total female male edition } } }""");

        var series = (JArray)data["state"]!["migrantStock"]!;
        Assert.Equal([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024], series.Select(y => (int)y["year"]!));
        var last = series[series.Count - 1];
        Assert.Equal(8_157_000, (int)last["total"]!);
        Assert.Equal((int)last["total"]!, (int)last["female"]! + (int)last["male"]!);
        Assert.All(series, y => Assert.Equal("IMS 2024", (string)y["edition"]!));
    }

    [Fact]
    public async Task Women_are_48_percent_of_migrants_in_2024()
    {
        var data = await _client.DataAsync("{ migrantStock(where: {year: {eq: 2024}}) { groupedAggregates(groupBy: [SEX]) { keys sum { migrants } } } }");

        var bySex = data["migrantStock"]!["groupedAggregates"]!.ToDictionary(g => (string)g["keys"]![0]!, g => (double)g["sum"]!["migrants"]!);
        Assert.Equal(48.03, Math.Round(100 * bySex["FEMALE"] / (bySex["FEMALE"] + bySex["MALE"]), 2));
    }

    [Fact]
    public async Task Refugees_hosted_by_turkiye_and_in_the_world_in_2024()
    {
        var data = await _client.DataAsync("""
            { tur: displacement(where: {asylumCode: {eq: "TUR"}, year: {eq: 2024}}) { aggregates { sum { refugees } } }
              all: displacement(where: {year: {eq: 2024}}) { aggregates { sum { refugees } } } }
            """);

        Assert.Equal(2_940_735, (long)data["tur"]!["aggregates"]!["sum"]!["refugees"]!);
        Assert.Equal(30_958_200, (long)data["all"]!["aggregates"]!["sum"]!["refugees"]!);
    }

    [Fact]
    public async Task Dead_and_missing_migrants_in_total_and_in_the_mediterranean()
    {
        var data = await _client.DataAsync("""
            { all: missingMigrants { aggregates { count sum { deadAndMissing } } }
              med: missingMigrants(where: {route: {contains: "Mediterranean"}}) { aggregates { sum { deadAndMissing } } } }
            """);

        Assert.Equal(19_669, (int)data["all"]!["aggregates"]!["count"]!);
        Assert.Equal(75_068, (long)data["all"]!["aggregates"]!["sum"]!["deadAndMissing"]!);
        Assert.Equal(32_319, (long)data["med"]!["aggregates"]!["sum"]!["deadAndMissing"]!);
    }

    /// The three known defects of the names list, patched in data/areas.csv (see data/CHANGELOG.md).
    [Fact]
    public async Task Un_names_in_six_languages_with_the_known_defects_patched()
    {
        var data = await _client.DataAsync("""
            { civ: state(iso3: "CIV") { name names { en { short } fr { short } ar { short } } }
              tur: state(iso3: "TUR") { names { en { short } fr { short } zh { short } } }
              areas(first: 200, where: {or: [{name: {endsWith: " *"}}, {names: {en: {short: {endsWith: "*"}}}}, {name: {eq: "Ivory Coast"}}]}) { totalCount } }
            """);

        Assert.Equal("Côte d’Ivoire", (string)data["civ"]!["names"]!["en"]!["short"]!);
        Assert.Equal("Côte d’Ivoire", (string)data["civ"]!["names"]!["fr"]!["short"]!);
        Assert.False(string.IsNullOrEmpty((string?)data["civ"]!["names"]!["ar"]!["short"]));
        Assert.Equal("Türkiye", (string)data["tur"]!["names"]!["en"]!["short"]!);
        Assert.False(string.IsNullOrEmpty((string?)data["tur"]!["names"]!["zh"]!["short"]));
        Assert.Equal(0, (int)data["areas"]!["totalCount"]!);
    }

    /// Every statistics row's provenance: its table names its provider, edition, licence and attribution.
    [Theory]
    [InlineData("areas", 250, "ODC-PDDL-1.0")]
    [InlineData("migrant_stock_ims2024", 153_296, "CC-BY-3.0-IGO")]
    [InlineData("displacement", 138_893, "CC-BY-4.0")]
    [InlineData("missing_migrants", 19_669, "CC-BY-4.0")]
    public async Task Each_statistics_table_names_its_edition_licence_and_attribution(string table, int rows, string licence)
    {
        var data = await _client.DataAsync("{ dataset { tables { name rows edition licence attribution provider } } }");

        var entry = data["dataset"]!["tables"]!.Single(t => (string)t["name"]! == table);
        Assert.Equal(rows, (int)entry["rows"]!);
        Assert.Equal(licence, (string)entry["licence"]!);
        Assert.False(string.IsNullOrEmpty((string?)entry["edition"]));
        Assert.False(string.IsNullOrEmpty((string?)entry["provider"]));
        if (table != "areas")
        {
            Assert.False(string.IsNullOrEmpty((string?)entry["attribution"]));
        }
    }

    [Fact]
    public async Task Objectives_lead_to_their_statistics()
    {
        var data = await _client.DataAsync("{ objectives { nodes { number statistics { rootField table { name } } } } }");

        var links = data["objectives"]!["nodes"]!.SelectMany(o => o["statistics"]!.Select(s => ((int)o["number"]!, (string)s["rootField"]!))).ToList();
        Assert.Equal([(1, "migrantStock"), (8, "missingMigrants")], links);
    }
}
