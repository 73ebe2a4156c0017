using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenGcm.Api.Tests.Data;
using Snapshooter.Xunit;

namespace OpenGcm.Api.Tests.Queries;

/// Dashboard queries with `where`, `order` and paging on the real data.
public sealed class FilteringTests(FilteringTests.CountingFactory factory) : IClassFixture<FilteringTests.CountingFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_five_states_against_ordered_by_iso3()
    {
        var data = await _client.DataAsync("{ states(where: {gcmVote: {eq: NO}}, order: [{iso3: ASC}]) { totalCount nodes { iso3 } } }");

        Assert.Equal(5, (int)data["states"]!["totalCount"]!);
        Assert.Equal(["CZE", "HUN", "ISR", "POL", "USA"], data["states"]!["nodes"]!.Select(n => (string)n["iso3"]!));
    }

    [Fact]
    public async Task African_member_states_that_voted_yes_by_name()
        => (await _client.DataAsync("""{ states(where: {region: {eq: "Africa"}, unStatus: {eq: MEMBER}, gcmVote: {eq: YES}}, order: [{name: ASC}]) { totalCount nodes { iso3 name } } }""")).MatchSnapshot();

    [Fact]
    public async Task Abstentions_by_region_then_name()
        => (await _client.DataAsync("{ states(where: {gcmVote: {eq: ABSTAIN}}, order: [{region: ASC}, {name: ASC}]) { nodes { iso3 region name } } }")).MatchSnapshot();

    [Fact]
    public async Task Regional_reviews_by_year()
        => (await _client.DataAsync("{ reports(where: {kind: {eq: REGIONAL_REVIEW}}, order: [{year: ASC}]) { totalCount nodes { key year region reviewCycle } } }")).MatchSnapshot();

    [Fact]
    public async Task Nested_and_list_filters()
    {
        var data = await _client.DataAsync("""
            {
              withReviews: states(where: {reports: {some: {kind: {eq: VOLUNTARY_NATIONAL_REVIEW}}}}) { totalCount }
              coveringSeven: reports(where: {objectives: {some: {number: {eq: 7}}}}) { nodes { key } }
              african: reports(where: {state: {region: {eq: "Africa"}}}, order: [{state: {name: ASC}}], first: 3) { nodes { state { name } } }
              roundTable3: imrfSessions(where: {forum: {eq: "IMRF-2022"}, number: {eq: 3}}) { nodes { objectives(order: [{number: ASC}]) { number } } }
              hungary: states(where: {name: {eqIgnoreCase: "hungary"}}) { nodes { iso3 } }
              exact: states(where: {name: {eq: "hungary"}}) { totalCount }
              recent: reports(where: {year: {gte: 2024}, or: [{kind: {eq: REGIONAL_REVIEW}}, {kind: {eq: SECRETARY_GENERAL_REPORT}}]}) { totalCount }
              codes: states(where: {iso3: {in: ["FRA", "DEU", "XXX"]}}) { nodes { iso3 } }
            }
            """);

        data.MatchSnapshot();
    }

    [Fact]
    public async Task Walking_all_states_60_at_a_time_visits_each_once()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await _client.DataAsync("query ($after: String) { states(first: 60, after: $after) { pageInfo { hasNextPage endCursor } nodes { iso3 } } }", new { after });
            seen.AddRange(data["states"]!["nodes"]!.Select(n => (string)n["iso3"]!));
            after = (bool)data["states"]!["pageInfo"]!["hasNextPage"]! ? (string?)data["states"]!["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(DataReadme.Rows("states.csv"), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_last_two_states_by_iso3()
    {
        var data = await _client.DataAsync("{ states(last: 2, order: [{iso3: ASC}]) { pageInfo { hasPreviousPage } nodes { iso3 } } }");

        Assert.Equal(["ZMB", "ZWE"], data["states"]!["nodes"]!.Select(n => (string)n["iso3"]!));
        Assert.True((bool)data["states"]!["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Nested_lists_cost_one_statement_per_level_not_per_parent()
    {
        factory.Counter.Reset();
        var data = await _client.DataAsync("{ states(first: 50) { nodes { reports { nodes { objectives { number } state { iso3 } } } } } }");

        Assert.Equal(50, data["states"]!["nodes"]!.Count());
        Assert.InRange(factory.Counter.Count, 1, 4);
    }

    [Fact]
    public async Task Bad_filter_input_is_an_error_with_a_code_never_a_500()
    {
        var unknownField = await _client.PostGraphQLAsync("{ states(where: {population: {gt: 1}}) { totalCount } }");
        var wrongType = await _client.PostGraphQLAsync("{ states(where: {iso3: {eq: 3}}) { totalCount } }");
        var unknownEnum = await _client.PostGraphQLAsync("{ states(where: {gcmVote: {eq: MAYBE}}) { totalCount } }");
        var unknownSort = await _client.PostGraphQLAsync("{ states(order: [{population: ASC}]) { totalCount } }");
        var nullOperand = await _client.PostGraphQLAsync("{ states(where: {name: {contains: null}}) { totalCount } }");

        Assert.All(new[] { unknownField, wrongType, unknownEnum, unknownSort }, r => Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, r.Status));
        Assert.All(new[] { unknownField, wrongType, unknownEnum, unknownSort }, r => Assert.NotNull(r.FirstErrorCode));
        Assert.Equal("INVALID_FILTER", nullOperand.FirstErrorCode);
        Assert.Equal(JTokenType.Null, nullOperand.Json["data"]!["states"]!.Type);
    }

    public sealed class CountingFactory : OpenGcmFactory
    {
        public StatementCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // Statements are counted on the SQL path (the reference); the snapshot sends none.
            builder.UseSetting("OpenGcm:Engine:Snapshot", "false");
            builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(Counter));
        }
    }

    public sealed class StatementCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
