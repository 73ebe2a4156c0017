using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenGcm.GraphQL.Caching;

namespace OpenGcm.Api.Tests.Http;

/// Issue #8: parsed and validated documents are cached, and the rules that depend on the request
/// (GET only for queries, limits that depend on variables) still apply on a cache hit.
public sealed class DocumentCacheTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private DocumentCache Cache => factory.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task A_document_that_passed_validation_is_cached_as_validated()
    {
        const string Query = "{ objective(number: 11) { title } }";
        Assert.False(Cache.IsValidated(Query));

        await _client.DataAsync(Query);
        var again = await _client.DataAsync(Query);

        Assert.True(Cache.IsValidated(Query));
        Assert.Equal("Manage borders in an integrated, secure and coordinated manner", (string?)again["objective"]!["title"]);
    }

    [Theory]
    [InlineData("{ states(first: 3, order: [{ name: DESC }]) { totalCount nodes { iso3 name } } }")]
    [InlineData("{ states(first: 500) { totalCount } }")]
    public async Task A_document_without_variables_is_validated_once_and_answers_the_same_with_its_cost(string query)
    {
        // POST: executed every time (a GET could be answered from the response cache).
        Assert.False(Cache.IsSettled(query));
        var first = await _client.PostGraphQLAsync(query);
        Assert.True(Cache.IsSettled(query));
        var answers = new List<string> { first.Body };
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await _client.PostGraphQLAsync(query)).Body);
        }

        Assert.True(Cache.IsSettled(query));
        Assert.Contains("\"cost\":{\"complexity\":", first.Body, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal(first.Body, a));
    }

    [Fact]
    public async Task A_document_with_variables_is_never_settled()
    {
        const string Query = "query ($n: Int!) { objectives(first: $n) { nodes { number } } }";
        await _client.DataAsync(Query, new { n = 1 });
        await _client.DataAsync(Query, new { n = 2 });

        Assert.True(Cache.IsValidated(Query));
        Assert.False(Cache.IsSettled(Query));
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_over_get_when_it_is_a_mutation()
    {
        const string Mutation = "mutation { deleteEverything }";
        var post = await _client.PostGraphQLAsync(Mutation);
        var get = await _client.GetGraphQLAsync(Mutation);

        Assert.InRange((int)post.Status, 400, 499);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", get.FirstErrorCode);
    }

    [Fact]
    public async Task Complexity_that_depends_on_variables_is_checked_again_on_a_cache_hit()
    {
        var query = "query ($n: Int!) {" + string.Concat(Enumerable.Range(0, 6).Select(i => $" a{i}: states(first: $n) {{ nodes {{ reports(first: $n) {{ nodes {{ objectives {{ number }} }} }} }} }}")) + " }";

        var small = await _client.PostGraphQLAsync(query, new { n = 2 });
        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.True(Cache.IsValidated(query));

        var large = await _client.PostGraphQLAsync(query, new { n = 200 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, large.Status);
        Assert.Equal("COMPLEXITY", large.FirstErrorCode);
    }

    [Fact]
    public async Task Wrong_variables_fail_on_a_cache_hit_too()
    {
        const string Query = "query ($n: Int!) { objective(number: $n) { number } }";
        await _client.DataAsync(Query, new { n = 1 });

        var wrong = await _client.PostGraphQLAsync(Query, new { n = "one" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("INVALID_VALUE", wrong.FirstErrorCode);
    }
}
