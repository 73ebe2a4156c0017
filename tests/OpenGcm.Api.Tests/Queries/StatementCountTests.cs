using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Queries;

/// The shapes of bench/scaling.sh cost one SQL statement per list level (a reference like `state` or
/// `origin` is a level of its own), whatever the page size: never one per parent. A level whose
/// parents are all missing sends nothing.
public sealed class StatementCountTests(SqlCaptureFactory factory) : IClassFixture<SqlCaptureFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<int> PageSizes => new() { 25, 50, 100, 200 };

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task States_one_level(int size)
        => Assert.Equal(1, await StatementsAsync($"{{ states(first: {size}) {{ nodes {{ iso3 name region }} }} }}", size, _ => 1));

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task States_and_their_reports(int size)
        => await StatementsAsync($"{{ states(first: {size}) {{ nodes {{ iso3 reports {{ nodes {{ key title }} }} }} }} }}", size, _ => 2);

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task States_reports_and_their_objectives_and_state(int size)
        => await StatementsAsync($"{{ states(first: {size}) {{ nodes {{ iso3 reports {{ nodes {{ key objectives {{ number }} state {{ iso3 }} }} }} }} }} }}",
            size, data => 2 + (Reports(data).Any() ? 2 : 0));

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task Migrant_stock_with_destination_and_origin(int size)
        => await StatementsAsync($"{{ migrantStock(first: {size}) {{ nodes {{ year sex migrants destination {{ iso3 name }} origin {{ iso3 }} }} }} }}",
            size, data => 2 + (data["migrantStock"]!["nodes"]!.Any(n => n["origin"]!.Type != JTokenType.Null) ? 1 : 0));

    private static IEnumerable<JToken> Reports(JToken data) => data["states"]!["nodes"]!.SelectMany(s => s["reports"]!["nodes"]!);

    /// Runs the query, checks the page is full (or the whole list) and the statement count is the expected one per level.
    private async Task<int> StatementsAsync(string query, int size, Func<JToken, int> expected)
    {
        factory.Sql.Clear();
        var data = await _client.DataAsync(query);
        var statements = factory.Sql.Commands.Count;

        var page = ((JObject)data).Properties().Single().Value["nodes"]!.Count();
        Assert.True(page == size || (size == 200 && page > 100), $"page of {page} for first: {size}");
        Assert.Equal(expected(data), statements);
        return statements;
    }
}
