using System.Net;
using System.Text;

namespace OpenGcm.Api.Tests.Spec;

/// Issue #14: the live server answers graphql-js's introspection query with every option, and describes exactly
/// schema.graphql; the graphql-http audit of GraphQL over HTTP passes every MUST and every SHOULD.
public sealed class SpecificationTests : IAsyncLifetime
{
    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "tests", "spec");
    private LiveServer? _server;

    private LiveServer Server => _server!;

    public Task InitializeAsync()
    {
        _server = new LiveServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [SkippableFact]
    public async Task Graphql_js_introspection_with_every_option_answers_and_equals_schema_graphql()
    {
        Skip.IfNot(await NodeScripts.NodeIsAvailableAsync(), "Node.js is not on PATH.");
        await NodeScripts.EnsureInstalledAsync(Scripts);

        var run = await NodeScripts.NodeAsync(Scripts, "introspection.mjs", Server.GraphQLUrl, Path.Combine(RepositoryPaths.Root, "schema.graphql"));
        Assert.True(run.ExitCode == 0, run.Error);
        var outcome = NodeScripts.LastJsonLine(run.Output);

        Assert.Equal(200, (int)outcome["status"]!);
        Assert.Empty(outcome["errors"]!);
        Assert.True((bool)outcome["equal"]!, run.Output);
        Assert.StartsWith("OpenGcm", (string?)outcome["description"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Graphql_http_audit_passes_every_must_and_every_should()
    {
        Skip.IfNot(await NodeScripts.NodeIsAvailableAsync(), "Node.js is not on PATH.");
        await NodeScripts.EnsureInstalledAsync(Scripts);

        var run = await NodeScripts.NodeAsync(Scripts, "audit.mjs", Server.GraphQLUrl);
        Assert.True(run.ExitCode == 0, run.Error);
        var outcome = NodeScripts.LastJsonLine(run.Output);

        Assert.True((int)outcome["must"]!["total"]! >= 13, run.Output);
        Assert.Equal((int)outcome["must"]!["total"]!, (int)outcome["must"]!["ok"]!);
        Assert.True((int)outcome["should"]!["total"]! >= 23, run.Output);
        Assert.True((int)outcome["should"]!["ok"]! == (int)outcome["should"]!["total"]!, run.Output);
    }

    [SkippableFact]
    public async Task Bibtex_citation_parses_with_better_bibtexs_parser_and_carries_the_version()
    {
        Skip.IfNot(await NodeScripts.NodeIsAvailableAsync(), "Node.js is not on PATH.");
        await NodeScripts.EnsureInstalledAsync(Scripts);

        var run = await NodeScripts.NodeAsync(Scripts, "citation.mjs", Server.GraphQLUrl);
        Assert.True(run.ExitCode == 0, run.Error);
        var outcome = NodeScripts.LastJsonLine(run.Output);

        Assert.Empty(outcome["bibtexErrors"]!);
        var entry = Assert.Single(outcome["entries"]!);
        Assert.Equal("misc", (string?)entry["type"]);
        Assert.Equal($"opengcm_{outcome["version"]}", (string?)entry["key"]);
        Assert.Equal((string?)outcome["release"], (string?)entry["fields"]!["version"]);
        Assert.StartsWith("OpenGcm", (string?)entry["fields"]!["title"], StringComparison.Ordinal);
        Assert.Contains($"dataset version {outcome["version"]}", (string?)entry["fields"]!["note"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task A_missing_accept_or_any_type_gets_application_json(string? accept)
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_variable_that_cannot_be_coerced_is_400_under_graphql_response_json()
    {
        using var client = Server.CreateClient();

        var response = await client.PostGraphQLAsync("query ($id: ID!) { node(id: $id) { id } }", new Dictionary<string, object?> { ["id"] = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.Message.Content.Headers.ContentType!.MediaType);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Every_executed_answer_states_its_cost()
    {
        using var client = Server.CreateClient();

        var small = await client.PostGraphQLAsync("{ objective(number: 1) { number } }");
        var large = await client.PostGraphQLAsync("{ states(first: 200) { nodes { iso3 reports(first: 10) { nodes { key } } } } }");

        var smallCost = (long)small.Json["extensions"]!["cost"]!["complexity"]!;
        var largeCost = (long)large.Json["extensions"]!["cost"]!["complexity"]!;
        Assert.True(smallCost > 0);
        Assert.True(largeCost > 100 * smallCost, $"{smallCost} vs {largeCost}");
        Assert.True((long)large.Json["extensions"]!["cost"]!["maxComplexity"]! >= largeCost);
        Assert.Equal(5, (int)large.Json["extensions"]!["cost"]!["depth"]!);
    }
}
