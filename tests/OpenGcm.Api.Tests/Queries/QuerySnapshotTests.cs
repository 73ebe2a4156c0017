using Snapshooter.Xunit;

namespace OpenGcm.Api.Tests.Queries;

/// Representative queries over the real data; the pretty-printed results are the snapshots.
public sealed class QuerySnapshotTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task State_with_its_vote_and_reports()
    {
        var data = await _client.DataAsync("""
            {
              state(iso3: "eth") {
                iso3 iso2 m49 name unStatus region subRegion intermediateRegion gcmVote
                reports(first: 5) {
                  totalCount
                  nodes { key kind title year reviewCycle status confidence url state { iso3 } }
                }
                migrantStock { year total female male edition }
                sources { id url licence }
              }
            }
            """);

        data.MatchSnapshot();
    }

    [Fact]
    public async Task Objective_with_its_round_tables_and_reports()
    {
        var data = await _client.DataAsync("""
            {
              objective(number: 7) {
                number title label
                imrfSessions { key forum kind number name theme date dateNote status objectives { number } }
                reports(first: 10) { totalCount nodes { key kind state { iso3 } } }
                sources { id url }
              }
            }
            """);

        data.MatchSnapshot();
    }

    [Fact]
    public async Task Imrf_session_with_its_objectives()
    {
        var data = await _client.DataAsync("""
            {
              imrfSession(id: "imrf-2022-round-table-3") {
                key forum kind number name theme date status confidence
                objectives { number title }
                sources { id url }
              }
            }
            """);

        data.MatchSnapshot();
    }

    [Fact]
    public async Task Dataset_sources_licences_and_counts()
    {
        var data = await _client.DataAsync("{ dataset { version licences { id name url sources } counts { table rows } sources { id title url licence } } }");

        Assert.Matches("^[0-9a-f]{12}$", (string?)data["dataset"]!["version"]);
        ((Newtonsoft.Json.Linq.JObject)data["dataset"]!).Remove("version");
        data.MatchSnapshot();
    }

    [Fact]
    public async Task Secretary_general_reports_and_guiding_principles()
    {
        var data = await _client.DataAsync("""
            {
              reports(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { key kind symbol year publishedOn } }
              guidingPrinciples { key letter name }
            }
            """);

        data.MatchSnapshot();
    }
}
