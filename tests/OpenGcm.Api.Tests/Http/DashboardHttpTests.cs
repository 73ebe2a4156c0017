using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Tests.Http;

/// Issue #6 over real HTTP: grouped counts, CSV, caching headers, persisted queries, search, CORS.
public sealed class DashboardHttpTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string GetUrl(string query, string? extra = null) => "/graphql?query=" + Uri.EscapeDataString(query) + extra;

    [Fact]
    public async Task Member_votes_grouped_give_152_24_12_5()
    {
        var data = await _client.DataAsync("{ states(where: {unStatus: {eq: MEMBER}}) { groupBy(field: GCM_VOTE) { key count } } }");

        Assert.Equal(
            """[{"key":"YES","count":152},{"key":"NOT_VOTING","count":24},{"key":"ABSTAIN","count":12},{"key":"NO","count":5}]""",
            data["states"]!["groupBy"]!.ToString(Formatting.None));
    }

    [Fact]
    public async Task Reports_by_objective_count_a_report_once_per_objective_and_honour_where()
    {
        var data = await _client.DataAsync("""
            {
              all: reports { groupBy(field: OBJECTIVE) { key count } }
              albania: reports(where: {state: {iso3: {eq: "ALB"}}}) { groupBy(field: OBJECTIVE) { key count } }
              kinds: reports { totalCount groupBy(field: KIND) { key count } }
              nested: state(iso3: "NGA") { reports { groupBy(field: REVIEW_CYCLE) { key count } } }
            }
            """);

        Assert.Equal(23, data["all"]!["groupBy"]!.Count());
        Assert.All(data["albania"]!["groupBy"]!, g => Assert.Equal(1, (int)g["count"]!));
        Assert.Equal((int)data["kinds"]!["totalCount"]!, data["kinds"]!["groupBy"]!.Sum(g => (int)g["count"]!));
        Assert.Equal(3, data["nested"]!["reports"]!["groupBy"]!.Sum(g => (int)g["count"]!));
    }

    [Fact]
    public async Task Csv_of_the_five_no_votes_has_a_header_and_five_rows()
    {
        var response = await _client.GetAsync(GetUrl("{ states(where: {gcmVote: {eq: NO}}) { nodes { iso3 name gcmVote sources { id } } } }", "&format=csv"));
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("iso3,name,gcmVote,sources.id", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("CZE,Czechia,NO,", lines[1], StringComparison.Ordinal);
        Assert.Contains(";", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_is_quoted_per_rfc_4180_and_asked_for_with_accept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ reports(where: {key: {eq: \"res-a-res-73-195\"}}) { nodes { key title } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var text = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("key,title\r\nres-a-res-73-195,\"Global Compact for Safe, Orderly and Regular Migration (endorsement)\"\r\n", text);
    }

    [Fact]
    public async Task Csv_errors_come_back_as_graphql_json_not_half_a_csv()
    {
        var invalid = await _client.GetAsync(GetUrl("{ states { nodes { population } } }", "&format=csv"));
        var fieldError = await _client.GetAsync(GetUrl("{ states(first: 500) { nodes { iso3 } } }", "&format=csv"));
        var noList = await _client.GetAsync(GetUrl("{ dataset { version } }", "&format=csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("application/graphql-response+json", invalid.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, fieldError.StatusCode);
        Assert.Contains("PAGE_SIZE_TOO_LARGE", await fieldError.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("CSV_NEEDS_A_LIST", await noList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_has_a_strong_etag_and_if_none_match_answers_304_without_a_body()
    {
        var url = GetUrl("{ objective(number: 8) { title } }");
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(again);

        Assert.False(etag.IsWeak);
        Assert.Equal("public", first.Headers.CacheControl!.Public ? "public" : null);
        Assert.True(first.Headers.CacheControl.MaxAge > TimeSpan.Zero);
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Identical_gets_are_answered_from_the_response_cache_with_the_same_bytes()
    {
        var url = GetUrl("{ states(first: 3) { nodes { iso3 } } }");
        var first = await (await _client.GetAsync(url)).Content.ReadAsStringAsync();
        var second = await _client.GetAsync(url);

        Assert.Equal(first, await second.Content.ReadAsStringAsync());
        var kept = ((ResponseCache)factory.Services.GetService(typeof(ResponseCache))!).Get(new RequestKey("", new Uri(_client.BaseAddress!, url).Query));
        Assert.Equal(second.Headers.ETag!.Tag, kept?.ETag);
    }

    [Fact]
    public async Task A_cached_answer_is_kept_per_accept_header_and_format()
    {
        var url = GetUrl("{ states(first: 2) { nodes { iso3 } } }");
        async Task<HttpResponseMessage> Get(string address, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Accept.ParseAdd(accept);
            return await _client.SendAsync(request);
        }

        foreach (var round in new[] { "executed", "cached" })
        {
            var json = await Get(url, "application/json");
            var graphql = await Get(url, "application/graphql-response+json");
            var csv = await Get(url + "&format=csv", "application/json");

            Assert.True(json.StatusCode == HttpStatusCode.OK, round);
            Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
            Assert.Equal("application/graphql-response+json", graphql.Content.Headers.ContentType!.MediaType);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("iso3", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEqual(json.Headers.ETag, graphql.Headers.ETag);
        }
    }

    [Fact]
    public async Task Errors_and_posts_are_not_cached()
    {
        var error = await _client.GetAsync(GetUrl("{ states(first: 500) { totalCount } }"));
        var post = await _client.PostGraphQLAsync("{ dataset { version } }");

        Assert.Null(error.Headers.ETag);
        Assert.True(error.Headers.CacheControl!.NoStore);
        Assert.Null(post.Message.Headers.ETag);
        Assert.True(post.Message.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Persisted_query_misses_then_registers_then_answers_by_hash()
    {
        const string Query = "{ objectives { totalCount } }";
        var hash = PersistedQueries.Hash(Query);
        var extensions = JsonConvert.SerializeObject(new { persistedQuery = new { version = 1, sha256Hash = hash } });
        var url = "/graphql?extensions=" + Uri.EscapeDataString(extensions);

        var miss = await _client.GetAsync(url);
        Assert.Contains(ErrorCodes.PersistedQueryNotFound, await miss.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var register = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new { query = Query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }), Encoding.UTF8, "application/json"),
        };
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(register)).StatusCode);

        var hit = await _client.GetAsync(url);
        var answer = Newtonsoft.Json.Linq.JObject.Parse(await hit.Content.ReadAsStringAsync());
        Assert.Equal("""{"objectives":{"totalCount":23}}""", answer["data"]!.ToString(Formatting.None));
    }

    [Fact]
    public async Task Persisted_query_with_a_wrong_hash_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new { query = "{ dataset { version } }", extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueries.Hash("{ other }") } } }), Encoding.UTF8, "application/json"),
        };

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, response.FirstErrorCode);
    }

    [Fact]
    public async Task Search_ranks_regional_reviews_and_combines_with_where()
    {
        var data = await _client.DataAsync("""
            {
              ranked: reports(search: "regional review", first: 4) { nodes { kind } }
              filtered: reports(search: "ethiopia", where: {kind: {eq: VOLUNTARY_NATIONAL_REVIEW}}) { totalCount nodes { key } }
            }
            """);

        Assert.All(data["ranked"]!["nodes"]!, n => Assert.Equal("REGIONAL_REVIEW", (string?)n["kind"]));
        Assert.Equal("vnr-eth-1", (string?)data["filtered"]!["nodes"]!.Single()["key"]);
    }

    [Fact]
    public async Task Search_syntax_errors_are_field_errors_with_a_code()
    {
        var response = await _client.PostGraphQLAsync("""{ reports(search: "regional AND AND") { totalCount } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("SEARCH_SYNTAX_ERROR", response.FirstErrorCode);
    }

    [Fact]
    public async Task Cors_preflight_from_another_origin_is_answered()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://dashboard.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await _client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cross_origin_get_carries_the_allow_origin_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl("{ dataset { version } }"));
        request.Headers.Add("Origin", "https://dashboard.example");

        var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
