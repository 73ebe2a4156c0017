using Newtonsoft.Json.Linq;
using OpenGcm.Api.Tests.Data;
using Snapshooter.Xunit;

namespace OpenGcm.Api.Tests.Queries;

/// Issue #4: every fact traceable, partial lists said to be partial, migrant stock usable in dashboards.
public sealed class DatasetCompletenessTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_state_objective_report_and_session_has_a_source_with_a_url()
    {
        var data = await _client.DataAsync("""
            {
              states(first: 200) { nodes { iso3 sources { url } } }
              objectives { nodes { number sources { url } } }
              reports(first: 200) { totalCount nodes { key sources { url } } }
              imrfSessions(first: 200) { nodes { key sources { url } } }
              guidingPrinciples { key sources { url } }
            }
            """);

        var lists = new[] { data["states"]!["nodes"]!, data["objectives"]!["nodes"]!, data["reports"]!["nodes"]!, data["imrfSessions"]!["nodes"]!, data["guidingPrinciples"]! };
        Assert.All(lists.SelectMany(l => l), node =>
        {
            Assert.NotEmpty(node["sources"]!);
            Assert.All(node["sources"]!, s => Assert.StartsWith("http", (string)s["url"]!, StringComparison.Ordinal));
        });
        Assert.True((int)data["reports"]!["totalCount"]! < 200, "reports no longer fit one page: page through them here");
    }

    [Fact]
    public async Task Dataset_lists_every_source_with_its_licence()
    {
        var data = await _client.DataAsync("{ dataset { sources { id url licence } licences { id } counts { table rows } } }");
        var licences = data["dataset"]!["licences"]!.Select(l => (string)l["id"]!).ToList();

        Assert.Equal(["CC-BY-3.0-IGO", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"], licences.Where(l => l.StartsWith("CC", StringComparison.Ordinal)).Order());
        Assert.Equal(
            (int)data["dataset"]!["counts"]!.Single(c => (string)c["table"]! == "sources")["rows"]!,
            data["dataset"]!["sources"]!.Count());
    }

    [Fact]
    public async Task The_abstaining_states_are_exactly_the_twelve()
    {
        var data = await _client.DataAsync("{ states(where: {gcmVote: {eq: ABSTAIN}}, order: [{iso3: ASC}]) { nodes { iso3 } } }");

        Assert.Equal(
            ["AUS", "AUT", "BGR", "CHE", "CHL", "DZA", "ITA", "LBY", "LIE", "LVA", "ROU", "SGP"],
            data["states"]!["nodes"]!.Select(n => (string)n["iso3"]!));
    }

    [Fact]
    public async Task The_united_arab_emirates_had_8716332_migrants_in_2020_by_ims_2020_and_7184000_by_ims_2024()
    {
        var data = await _client.DataAsync("""{ state(iso3: "ARE") { migrantStock2020 migrantShare2020 migrantStock { year total edition } } }""");

        // Two editions, two separately named series: IMS 2024 revised the whole series (never mixed).
        Assert.Equal(8_716_332, (int)data["state"]!["migrantStock2020"]!);
        Assert.Equal(88.13, (double)data["state"]!["migrantShare2020"]!);
        var ims2024 = data["state"]!["migrantStock"]!.Single(m => (int)m["year"]! == 2020);
        Assert.Equal(7_184_000, (int)ims2024["total"]!);
        Assert.Equal("IMS 2024", (string)ims2024["edition"]!);
    }

    [Fact]
    public async Task The_ten_states_with_the_largest_share_of_migrants_in_2020()
        => (await _client.DataAsync("{ states(first: 10, order: [{migrantShare2020: DESC}]) { nodes { iso3 name migrantShare2020 migrantStock2020 } } }")).MatchSnapshot();

    [Fact]
    public async Task Champion_listing_is_an_object_and_not_listed_is_null()
    {
        var data = await _client.DataAsync("""
            {
              morocco: state(iso3: "MAR") { gcmChampion { firstEvidence confidence sources { url } } }
              hungary: state(iso3: "HUN") { gcmChampion { confidence } }
              listed: states(where: {gcmChampion: {}}) { totalCount }
            }
            """);

        Assert.Equal("high", (string?)data["morocco"]!["gcmChampion"]!["confidence"]);
        Assert.NotEmpty(data["morocco"]!["gcmChampion"]!["sources"]!);
        Assert.Equal(JTokenType.Null, data["hungary"]!["gcmChampion"]!.Type);
        Assert.Equal(DataReadme.Rows("gcm_champions.csv"), (int)data["listed"]!["totalCount"]!);
    }

    [Fact]
    public async Task Secretary_general_reports_regional_and_voluntary_reviews_have_sources()
    {
        var data = await _client.DataAsync("""
            {
              sg: reports(where: {symbol: {in: ["A/75/542", "A/76/642", "A/79/590"]}}) { nodes { symbol undocsUrl sources { url } } }
              regional: reports(where: {kind: {eq: REGIONAL_REVIEW}}) { totalCount nodes { sources { url } } }
              voluntary: reports(where: {kind: {eq: VOLUNTARY_NATIONAL_REVIEW}}) { totalCount nodes { state { iso3 } sources { url } } }
            }
            """);

        Assert.Equal(3, data["sg"]!["nodes"]!.Count());
        Assert.All(data["sg"]!["nodes"]!, n => Assert.Equal("https://undocs.org/" + (string)n["symbol"]!, (string?)n["undocsUrl"]));
        Assert.Equal(DataReadme.Count(@"Regional reviews \((?<n>\d+)\)"), (int)data["regional"]!["totalCount"]!);
        Assert.Equal(DataReadme.Count(@"Voluntary national reviews \((?<n>\d+) rows"), (int)data["voluntary"]!["totalCount"]!);
        Assert.All(data["voluntary"]!["nodes"]!, n => Assert.NotEqual(JTokenType.Null, n["state"]!.Type));
        Assert.All(data["sg"]!["nodes"]!.Concat(data["regional"]!["nodes"]!).Concat(data["voluntary"]!["nodes"]!), n => Assert.NotEmpty(n["sources"]!));
    }

    [Fact]
    public async Task Imrf_2026_rows_expected_by_format_are_never_held()
    {
        var data = await _client.DataAsync("""{ imrfSessions(where: {forum: {eq: "IMRF-2026"}, kind: {eq: ROUND_TABLE}}) { nodes { status } } }""");

        Assert.All(data["imrfSessions"]!["nodes"]!, n => Assert.Equal("EXPECTED_PER_FORMAT", (string?)n["status"]));
    }
}
