using Snapshooter.Xunit;

namespace OpenGcm.Api.Tests.Queries;

/// Aggregates compute in SQL only what the query selects or orders by, and answer as they did when they
/// computed everything: the snapshot was recorded before the change (null sums and means of empty
/// sets, Long sums, Float means, null keys, ordering by a measure that is not selected).
public sealed class AggregateSelectionTests(SqlCaptureFactory factory) : IClassFixture<SqlCaptureFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_kind_of_total_answers_as_before()
        => (await _client.DataAsync("""
            {
              all: missingMigrants {
                aggregates {
                  count sum { deadAndMissing survivors } avg { deadAndMissing survivors } min { deadAndMissing survivors } max { deadAndMissing survivors }
                }
              }
              none: missingMigrants(where: {year: {eq: 1900}}) {
                aggregates { count sum { deadAndMissing survivors } avg { survivors } min { survivors } max { deadAndMissing } }
                groupedAggregates(groupBy: [ROUTE]) { keys count sum { survivors } }
              }
              byRouteYear: missingMigrants(where: {year: {gte: 2023}}) {
                groupedAggregates(groupBy: [ROUTE, YEAR], orderBy: [AVG_SURVIVORS_DESC, MIN_DEAD_AND_MISSING_ASC], first: 12) {
                  keys count sum { survivors } avg { deadAndMissing survivors } max { survivors }
                }
              }
              stock: migrantStock(where: {destination: {iso3: {eq: "FRA"}}}) {
                groupedAggregates(groupBy: [REGION_OF_ORIGIN, SEX], orderBy: [MAX_MIGRANTS_DESC], first: 6) { keys avg { migrants } ...most }
              }
            }
            fragment most on MigrantStockEstimatesAggregates { count max { migrants } }
            """)).MatchSnapshot();

    [Fact]
    public async Task Only_the_sum_asked_for_is_computed()
    {
        factory.Sql.Clear();
        await _client.DataAsync("{ migrantStock { aggregates { sum { migrants } } } }");

        var sql = Assert.Single(factory.Sql.Commands);
        Assert.Contains("SUM(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MAX(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("AVG(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNT(", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mean_and_the_order_are_computed_and_nothing_else()
    {
        factory.Sql.Clear();
        await _client.DataAsync(
            "{ missingMigrants { groupedAggregates(groupBy: [ROUTE], orderBy: [MAX_SURVIVORS_DESC], first: 3) { keys avg { deadAndMissing } } } }");

        var sql = Assert.Single(factory.Sql.Commands);
        Assert.Contains("AVG(CAST(\"m\".\"DeadAndMissing\"", sql, StringComparison.Ordinal);
        Assert.Contains("MAX(\"m\".\"Survivors\")", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("SUM(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("AVG(CAST(\"m\".\"Survivors\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MAX(\"m\".\"DeadAndMissing\")", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_field_twice_computes_what_both_select()
    {
        var data = await _client.DataAsync("{ missingMigrants { aggregates { sum { deadAndMissing } } aggregates { max { survivors } } } }");

        Assert.Equal(75_068, (long)data["missingMigrants"]!["aggregates"]!["sum"]!["deadAndMissing"]!);
        Assert.NotNull((int?)data["missingMigrants"]!["aggregates"]!["max"]!["survivors"]);
    }
}
