using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGcm.Api.Data;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Tests.Review;

/// The defects found in review (issue #11), each pinned by a test that failed before its fix.
public sealed class ReviewDefectTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task If_none_match_star_on_an_invalid_request_gets_its_error_not_304()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ states { nodes { nope } } }"));
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        request.Headers.Accept.ParseAdd(GraphQLClient.DefaultAccept); // without it, application/json: validation errors are 200

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task If_none_match_star_on_a_valid_request_is_304()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ state(iso3: \"ISL\") { name } }"));
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Csv_header_depends_on_the_query_not_on_null_objects_in_the_data()
    {
        // The first reports by key are outcome documents, whose `state` is null.
        var query = "{ reports(first: 3) { nodes { key state { iso3 name } } } }";

        var response = await _client.GetAsync("/graphql?format=csv&query=" + Uri.EscapeDataString(query));
        var header = (await response.Content.ReadAsStringAsync()).Split("\r\n")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("key,state.iso3,state.name", header);
    }

    [Fact]
    public async Task Compiled_lookups_and_objective_by_number_stop_when_the_request_is_cancelled()
    {
        _ = factory.Server;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<OpenGcmDbContext>>().CreateDbContextAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Lookups.Objective(db, 1, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Lookups.State(db, "HUN", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.Services.GetRequiredService<ObjectiveQueries>().FindAsync("1", cancelled.Token));
    }

    [Fact]
    public void Search_ranking_is_a_flat_expression_whatever_the_number_of_hits()
    {
        var hits = Enumerable.Range(0, ReportSearch.MaxHits).Select(i => $"report-{i}").ToList();
        var shape = new QueryShape<Report> { Sort = [SortField.Ascending((Report r) => r.Id)] };

        var ranked = ReportSearch.Apply(shape, hits, ordered: false);

        Assert.True(Depth(ranked.Sort[0].Key) < 10, $"rank expression depth {Depth(ranked.Sort[0].Key)}");
    }

    [Fact]
    public async Task Search_still_ranks_the_best_match_first()
    {
        var data = await _client.DataAsync("""{ reports(search: "Serbia", first: 3) { nodes { key } } }""");

        Assert.StartsWith("vnr-srb", (string)data["reports"]!["nodes"]![0]!["key"]!, StringComparison.Ordinal);
    }

    private static int Depth(Expression expression)
    {
        var counter = new DepthCounter();
        counter.Visit(expression);
        return counter.Max;
    }

    private sealed class DepthCounter : ExpressionVisitor
    {
        private int _depth;

        public int Max { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            _depth++;
            Max = Math.Max(Max, _depth);
            var result = base.Visit(node);
            _depth--;
            return result;
        }
    }
}
