using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests.Http;

/// One test per rule of the HTTP contract, over real HTTP through the test server.
public sealed class TransportTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_with_a_query_answers_200_with_data()
    {
        var response = await _client.GetGraphQLAsync("""{ state(iso3: "HUN") { name } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.Message.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Hungary", (string?)response.Json["data"]!["state"]!["name"]);
    }

    [Fact]
    public async Task Accept_application_json_only_gets_application_json()
    {
        var response = await _client.GetGraphQLAsync("{ objective(number: 1) { number } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.Message.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var response = await _client.GetGraphQLAsync("mutation { doSomething }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Message.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow.OrderBy(m => m));
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Malformed_json_body_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query": "{ states { totalCount } """, Encoding.UTF8, "application/json") };
        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
    }

    [Fact]
    public async Task Text_plain_body_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ states { totalCount } }", Encoding.UTF8, "text/plain") };
        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unparseable_document_is_400_with_a_syntax_code()
    {
        var response = await _client.PostGraphQLAsync("{ states { ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_field_is_422_with_a_validation_code()
    {
        var response = await _client.PostGraphQLAsync("{ states { nodes { population } } }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Null(response.Json["data"]);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Validation_error_is_200_when_the_client_accepts_only_application_json()
    {
        var response = await _client.PostGraphQLAsync("{ states { nodes { population } } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Wrong_variable_type_is_400_with_a_code()
    {
        var response = await _client.PostGraphQLAsync("query ($n: Int!) { objective(number: $n) { title } }", new { n = "seven" });

        // A variable coercion failure: 400 under application/graphql-response+json (GraphQL over HTTP).
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        var response = await _client.GetGraphQLAsync("{ dataset { version } }", accept: "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MISSING_QUERY", response.FirstErrorCode);
    }

    [Fact]
    public async Task Batched_array_body_is_400_not_500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""[{"query":"{ dataset { version } }"}]""", Encoding.UTF8, "application/json") };
        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
    }

    [Fact]
    public async Task Field_errors_keep_status_200_and_the_other_fields()
    {
        var response = await _client.PostGraphQLAsync("""{ states(first: 201) { totalCount } state(iso3: "FRA") { name } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("PAGE_SIZE_TOO_LARGE", response.FirstErrorCode);
        Assert.Equal(JTokenType.Null, response.Json["data"]!["states"]!.Type);
        Assert.Equal("France", (string?)response.Json["data"]!["state"]!["name"]);
    }

    [Fact]
    public async Task No_error_carries_a_stack_trace_or_exception_text()
    {
        var responses = new[]
        {
            await _client.PostGraphQLAsync("""{ node(id: "not-an-id!") { id } }"""),
            await _client.PostGraphQLAsync("""{ states(after: "Zm9v") { totalCount } }"""),
            await _client.PostGraphQLAsync("{ states { nodes { population } } }"),
        };

        foreach (var response in responses)
        {
            Assert.NotNull(response.FirstErrorCode);
            Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        }
    }
}
