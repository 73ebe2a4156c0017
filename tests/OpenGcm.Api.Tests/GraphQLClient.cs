using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OpenGcm.Api.Tests;

public sealed record GraphQLResponse(HttpStatusCode Status, string Body, HttpResponseMessage Message)
{
    public JObject Json => JObject.Parse(Body);

    public string? FirstErrorCode => (string?)Json["errors"]?[0]?["extensions"]?["code"];
}

public static class GraphQLClient
{
    /// What these tests accept unless told otherwise: the GraphQL-over-HTTP media type, named as a current client names it
    /// (a missing Accept or `*/*` gets application/json, see SpecificationTests).
    public const string DefaultAccept = "application/graphql-response+json";

    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string? accept = null)
    {
        var body = Newtonsoft.Json.JsonConvert.SerializeObject(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept ?? DefaultAccept);

        return await SendGraphQLAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string query, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept ?? DefaultAccept));

        return await SendGraphQLAsync(client, request);
    }

    /// The `data` of a response that must have no errors.
    public static async Task<JToken> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Json["errors"]);
        return response.Json["data"]!;
    }
}
