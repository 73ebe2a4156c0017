using System.Text.Json.Nodes;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.GraphQL.Tests.Http;

public sealed class CsvResultTests
{
    [Fact]
    public void Flattens_the_first_list_with_dotted_columns_and_joined_lists()
    {
        var data = JsonNode.Parse("""
            {"meta": {"v": 1}, "states": {"totalCount": 2, "nodes": [
              {"iso3": "HUN", "state": {"name": "Hungary, \"HU\""}, "tags": ["a", "b"], "sources": [{"id": "x"}, {"id": "y"}]},
              {"iso3": "POL", "state": null, "tags": [], "sources": [{"id": "z"}], "extra": 3.5}
            ]}}
            """);

        var rows = CsvResult.FirstList(data)!;
        using var text = new StringWriter();
        CsvResult.Write(rows, text);

        Assert.Equal(
            "iso3,state.name,tags,sources.id,state,extra\r\n" +
            "HUN,\"Hungary, \"\"HU\"\"\",a;b,x;y,,\r\n" +
            "POL,,,z,,3.5\r\n",
            text.ToString());
    }

    [Fact]
    public void A_result_without_a_list_has_no_rows() => Assert.Null(CsvResult.FirstList(JsonNode.Parse("""{"dataset": {"version": "x"}}""")));
}
