using Newtonsoft.Json.Linq;
using OpenGcm.Api.Tests.Data;

namespace OpenGcm.Api.Tests.Queries;

public sealed class LookupTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Hungary_voted_no_and_is_a_european_member()
    {
        var data = await _client.DataAsync("""{ state(iso3: "hun") { iso3 name gcmVote region unStatus } }""");

        Assert.Equal("""{"iso3":"HUN","name":"Hungary","gcmVote":"NO","region":"Europe","unStatus":"MEMBER"}""", data["state"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public async Task Every_state_in_data_is_served_and_the_holy_see_is_an_observer_without_a_vote()
    {
        var data = await _client.DataAsync("""{ states(first: 200) { totalCount } state(iso3: "VAT") { unStatus gcmVote } }""");

        Assert.Equal(DataReadme.Rows("states.csv"), (int)data["states"]!["totalCount"]!);
        Assert.Equal("OBSERVER", (string?)data["state"]!["unStatus"]);
        Assert.Equal(JTokenType.Null, data["state"]!["gcmVote"]!.Type);
    }

    [Fact]
    public async Task Unknown_keys_give_null()
    {
        var data = await _client.DataAsync("""{ state(iso3: "XXX") { name } objective(number: 24) { title } report(id: "nope") { title } imrfSession(id: "nope") { name } }""");

        Assert.All(((JObject)data).Properties(), p => Assert.Equal(JTokenType.Null, p.Value.Type));
    }

    [Fact]
    public async Task Node_fetches_every_type_by_its_global_id()
    {
        var ids = await _client.DataAsync("""
            { state(iso3: "HUN") { id } objective(number: 3) { id } report(id: "sg-a-75-542") { id } imrfSession(id: "imrf-2022-hearing") { id } }
            """);

        foreach (var (field, expected) in new[] { ("state", "State"), ("objective", "Objective"), ("report", "Report"), ("imrfSession", "ImrfSession") })
        {
            var id = (string)ids[field]!["id"]!;
            var node = await _client.DataAsync("query ($id: ID!) { node(id: $id) { __typename id } }", new { id });
            Assert.Equal(expected, (string?)node["node"]!["__typename"]);
            Assert.Equal(id, (string?)node["node"]!["id"]);
        }
    }

    [Fact]
    public async Task Report_and_session_lookups_accept_the_global_id_too()
    {
        var ids = await _client.DataAsync("""{ report(id: "sg-a-76-642") { id } imrfSession(id: "imrf-2022-closing") { id } }""");
        var data = await _client.DataAsync("query ($r: ID!, $s: ID!) { report(id: $r) { symbol } imrfSession(id: $s) { kind } }", new { r = (string)ids["report"]!["id"]!, s = (string)ids["imrfSession"]!["id"]! });

        Assert.Equal("A/76/642", (string?)data["report"]!["symbol"]);
        Assert.Equal("CLOSING", (string?)data["imrfSession"]!["kind"]);
    }

    [Fact]
    public async Task Invalid_global_id_is_a_field_error_with_a_code()
    {
        var response = await _client.PostGraphQLAsync("""{ node(id: "%%%") { id } }""");

        Assert.Equal("INVALID_ID", response.FirstErrorCode);
        Assert.Equal(JTokenType.Null, response.Json["data"]!["node"]!.Type);
    }
}
