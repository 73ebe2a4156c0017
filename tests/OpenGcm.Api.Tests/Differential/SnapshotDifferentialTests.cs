using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using OpenGcm.GraphQL.Telemetry;
using Xunit.Abstractions;

namespace OpenGcm.Api.Tests.Differential;

/// The rule that lets the snapshot exist (DESIGN.md): every query the repository holds (QueryCorpus) is sent to
/// two servers over the same database, one answering from the snapshot and one through EF Core and SQL (the
/// reference), and their answers must be the same bytes: status, media type and body, errors included.
public sealed class SnapshotDifferentialTests(EngineHosts hosts, ITestOutputHelper output) : IClassFixture<EngineHosts>
{
    private readonly HttpClient _referenceClient = hosts.ReferenceClient;
    private readonly HttpClient _snapshotClient = hosts.SnapshotClient;
    private readonly EngineFactory _reference = hosts.Reference;
    private readonly EngineFactory _snapshot = hosts.Snapshot;

    [Fact]
    public async Task Every_query_of_the_repository_gets_the_same_answer_from_the_snapshot_as_from_SQL()
    {
        var corpus = QueryCorpus.Load(RepositoryPaths.Root);
        var differences = new List<string>();
        var requests = 0;
        var withoutSql = 0;
        foreach (var query in corpus)
        {
            foreach (var variables in VariableSets(query.Text))
            {
                requests++;
                var expected = await AnswerAsync(_referenceClient, query.Text, variables);
                // Three times: a document's plans and prepared statements are kept from its second request, and used from then on.
                for (var time = 1; time <= 3; time++)
                {
                    var before = _snapshot.Statements.Count;
                    var actual = await AnswerAsync(_snapshotClient, query.Text, variables);
                    withoutSql += time == 1 && _snapshot.Statements.Count == before ? 1 : 0;
                    if (expected != actual)
                    {
                        differences.Add($"{query}\n  variables: {variables ?? "none"}, request {time}\n  SQL:      {Cut(expected)}\n  snapshot: {Cut(actual)}");
                        break;
                    }
                }
            }
        }

        output.WriteLine($"{corpus.Count} queries from {corpus.Select(q => q.File).Distinct().Count()} files, {requests} requests; "
            + $"{withoutSql} answered by the snapshot without any SQL statement.");
        Assert.True(differences.Count == 0, $"{differences.Count} of {requests} answers differ:\n\n" + string.Join("\n\n", differences.Take(10)));
    }

    [Fact]
    public async Task The_snapshot_answers_lists_nested_lists_references_and_lookups_without_SQL()
    {
        const string Query = "{ states(order: [{name: ASC}]) { totalCount nodes { iso3 gcmChampion { confidence } reports { nodes { key } } } } "
            + "reports(where: {objectives: {some: {number: {eq: 7}}}}) { nodes { state { name } objectives { number imrfSessions { key } } } } "
            + "state(iso3: \"hun\") { name area { names { en { short } } } } objective(number: 7) { reports { totalCount } } guidingPrinciples { key } }";
        _snapshot.Statements.Reset();
        _reference.Statements.Reset();

        var actual = await AnswerAsync(_snapshotClient, Query, null);
        var expected = await AnswerAsync(_referenceClient, Query, null);

        Assert.Equal(expected, actual);
        Assert.Contains("\"Hungary\"", actual, StringComparison.Ordinal);
        Assert.Equal(0, _snapshot.Statements.Count);
        Assert.True(_reference.Statements.Count >= 5, $"{_reference.Statements.Count} statements on the reference");
    }

    [Theory]
    [InlineData("""{ migrantStock(where: {destination: {iso3: {eq: "DEU"}}, year: {eq: 2024}}) { groupedAggregates(groupBy: [ORIGIN], """
        + "orderBy: [SUM_MIGRANTS_DESC], first: 10) { keys count sum { migrants } avg { migrants } min { migrants } max { migrants } } } }")]
    [InlineData("{ migrantStock(where: {year: {gte: 2020}}) { groupedAggregates(groupBy: [YEAR, REGION_OF_DESTINATION]) { keys count sum { migrants } } } }")]
    [InlineData("{ missingMigrants { aggregates { count sum { deadAndMissing } max { deadAndMissing } } } }")]
    [InlineData("{ displacement(where: {year: {eq: 2024}}) { groupedAggregates(groupBy: [ASYLUM], first: 3) { keys sum { refugees } } } }")]
    public async Task Aggregates_of_a_document_without_variables_run_as_prepared_statements_from_its_third_request(string query)
    {
        var expected = await AnswerAsync(_referenceClient, query, null);
        var first = await AnswerAsync(_snapshotClient, query, null);
        var second = await AnswerAsync(_snapshotClient, query, null);
        _snapshot.Statements.Reset();

        var third = await AnswerAsync(_snapshotClient, query, null);

        Assert.StartsWith("200 ", expected, StringComparison.Ordinal);
        Assert.Contains("\"sum\":{", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(expected, third);
        Assert.Equal(0, _snapshot.Statements.Count);
    }

    [Fact]
    public async Task A_prepared_statement_has_its_span_as_EF_Core_commands_do()
    {
        const string Query = "{ missingMigrants { groupedAggregates(groupBy: [ROUTE]) { keys count } } }";
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DataActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        for (var time = 1; time <= 3; time++)
        {
            Assert.StartsWith("200 ", await AnswerAsync(_snapshotClient, Query, null), StringComparison.Ordinal);
        }

        Assert.Contains(spans, a => a.DisplayName == "sqlite SELECT" && a.Kind == ActivityKind.Client
            && (string?)a.GetTagItem("opengcm.statement") == "prepared" && (string?)a.GetTagItem("db.system.name") == "sqlite");
    }

    [Theory]
    [InlineData("query($year: Int) { migrantStock(where: {year: {eq: $year}}) { groupedAggregates(groupBy: [ORIGIN], first: 3) { keys sum { migrants } } } }",
        """{"year":2024}""")]
    [InlineData("{ migrantStock(where: {year: {eq: 2024}}) { groupedAggregates(groupBy: [SEX]) { keys sum { migrants } } } }", null)]
    public async Task Aggregates_with_variables_or_keys_of_other_types_stay_with_EF_Core(string query, string? variables)
    {
        var expected = await AnswerAsync(_referenceClient, query, variables);
        await AnswerAsync(_snapshotClient, query, variables);
        await AnswerAsync(_snapshotClient, query, variables);
        _snapshot.Statements.Reset();

        var third = await AnswerAsync(_snapshotClient, query, variables);

        Assert.Contains("\"keys\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, third);
        Assert.Equal(1, _snapshot.Statements.Count);
    }

    [Fact]
    public void Navigations_to_tables_left_in_SQL_are_marked_so_that_queries_reading_them_go_to_SQL()
    {
        var snapshot = hosts.Published;

        Assert.False(snapshot.IsLoaded(typeof(States.State).GetProperty(nameof(States.State.MigrantStock))!));
        Assert.True(snapshot.IsLoaded(typeof(States.State).GetProperty(nameof(States.State.Reports))!));
        Assert.True(snapshot.IsLoaded(typeof(Areas.Area).GetProperty(nameof(Areas.Area.Names))!));
        Assert.True(snapshot.IsLoaded(typeof(Reports.Report).GetProperty(nameof(Reports.Report.Objectives))!));
    }

    [Fact]
    public void The_corpus_holds_the_readme_examples_the_playground_questions_and_the_edge_cases()
    {
        var corpus = QueryCorpus.Load(RepositoryPaths.Root).Select(q => q.Text).ToHashSet(StringComparer.Ordinal);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var examples = Newtonsoft.Json.Linq.JArray.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src/OpenGcm.Api/Playground/site/examples.json")));

        Assert.All(SnapshotEdgeCases.Queries, q => Assert.Contains(q, corpus));
        Assert.All(examples.Select(e => (string)e["query"]!), q => Assert.Contains(q, corpus));
        Assert.Contains(corpus, q => q.Contains("query StatesPage", StringComparison.Ordinal));
        Assert.Equal(CountOf(readme, "```graphql\n"), corpus.Count(q => readme.Contains("```graphql\n" + q + "```", StringComparison.Ordinal)));
        Assert.True(corpus.Count > SnapshotEdgeCases.Queries.Length + examples.Count, $"{corpus.Count} queries");
    }

    /// No variables, and for an operation that declares some, values made from their types.
    private static IEnumerable<string?> VariableSets(string query)
    {
        yield return null;
        var definitions = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().SelectMany(o => o.Variables?.Items ?? []).ToList();
        if (definitions.Count > 0)
        {
            yield return "{" + string.Join(",", definitions.Select(d => $"\"{d.Variable.Name.StringValue}\":{Value(d.Type)}")) + "}";
        }
    }

    private static string Value(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Value(nonNull.Type),
        GraphQLListType list => "[" + Value(list.Type) + "]",
        GraphQLNamedType { Name.StringValue: "Int" } => "3",
        GraphQLNamedType { Name.StringValue: "Float" } => "1.5",
        GraphQLNamedType { Name.StringValue: "Boolean" } => "true",
        GraphQLNamedType { Name.StringValue: "String" or "ID" } => "\"HUN\"",
        _ => "null",
    };

    private static async Task<string> AnswerAsync(HttpClient client, string query, string? variables)
    {
        var body = "{\"query\":" + Newtonsoft.Json.JsonConvert.ToString(query) + (variables is null ? "" : ",\"variables\":" + variables) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(GraphQLClient.DefaultAccept));
        using var response = await client.SendAsync(request);
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {await response.Content.ReadAsStringAsync()}";
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Cut(string answer) => answer.Length <= 600 ? answer : answer[..600] + "…";
}
