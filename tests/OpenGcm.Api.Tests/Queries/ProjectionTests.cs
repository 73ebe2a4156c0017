using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Queries;

/// Lists read only the selected columns; fields selected through fragments or edges still resolve.
public sealed class ProjectionTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Fields_selected_through_fragments_and_edges_are_read()
    {
        var data = await _client.DataAsync("""
            {
              states(first: 2, order: [{iso3: ASC}]) {
                nodes { ...Names ... on State { region } }
                edges { node { gcmVote sources { id } } }
              }
              reports(where: {key: {eq: "vnr-eth-1"}}) { nodes { ...Report } }
            }
            fragment Names on State { iso3 name }
            fragment Report on Report { title state { name } undocsUrl objectives { number } }
            """);

        var afghanistan = (JObject)data["states"]!["nodes"]![0]!;
        Assert.Equal("Afghanistan", (string?)afghanistan["name"]);
        Assert.Equal("Asia", (string?)afghanistan["region"]);
        Assert.Equal("NOT_VOTING", (string?)data["states"]!["edges"]![0]!["node"]!["gcmVote"]);
        Assert.NotEmpty(data["states"]!["edges"]![0]!["node"]!["sources"]!);
        Assert.Equal("Ethiopia", (string?)data["reports"]!["nodes"]![0]!["state"]!["name"]);
    }
}
