using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenGcm.Bench.Timing;

/// POSTs GraphQL queries to one server over one kept-alive connection, one at a time; an answer with
/// errors or another status than 200 stops the run (a benchmark of errors measures nothing).
public sealed class GraphQLPoster(Uri server) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false }) { BaseAddress = server };

    public async Task<byte[]> PostAsync(string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} for {query}: {Encoding.UTF8.GetString(body)}");
        }

        return body;
    }

    public void Dispose() => _client.Dispose();
}
