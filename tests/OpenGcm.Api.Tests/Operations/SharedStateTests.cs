using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Tests.Operations;

/// Two replicas sharing one real Redis: persisted queries and cached answers cross between them, and
/// a Redis outage costs nothing but the sharing.
public sealed class SharedStateTests
{
    private const string Query = "{ states(where: {gcmVote: {eq: ABSTAIN}}) { totalCount } }";

    [SkippableFact]
    public async Task A_query_registered_on_one_replica_runs_by_hash_on_another_and_answers_are_shared()
    {
        using var redis = RedisServer.TryStart();
        Skip.If(redis is null, $"{RedisServer.Binary} is not installed (apt-get install redis-server); .ci/run installs it.");
        using var first = new ReplicaFactory(redis.Configuration);
        using var second = new ReplicaFactory(redis.Configuration);
        var hash = PersistedQueries.Hash(Query);
        var byHash = ByHash(hash);

        var unknown = await second.CreateClient().GetStringAsync(byHash);
        var register = await RegisterAsync(first.CreateClient(), Query);
        var answered = await Eventually(() => second.CreateClient().GetStringAsync(byHash), body => body.Contains("totalCount", StringComparison.Ordinal));

        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", unknown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.StartsWith("""{"data":{"states":{"totalCount":12}}""", answered, StringComparison.Ordinal);

        // An answer cached by the first replica is served by the second from Redis.
        var get = "/graphql?query=" + Uri.EscapeDataString("{ states(where: {gcmVote: {eq: NO}}) { totalCount } }");
        var fromFirst = await first.CreateClient().GetAsync(get);
        var metrics = await Eventually(
            async () => { await second.CreateClient().GetAsync(get); return await second.CreateClient().GetStringAsync("/metrics"); },
            body => body.Contains("""cache="response",result="hit",source="shared"}""", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, fromFirst.StatusCode);
        Assert.Contains("""cache="persisted_query",result="hit",source="shared"} 1""", metrics, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task When_redis_goes_away_requests_are_answered_from_memory_with_a_warning()
    {
        using var redis = RedisServer.TryStart();
        Skip.If(redis is null, $"{RedisServer.Binary} is not installed (apt-get install redis-server); .ci/run installs it.");
        using var replica = new ReplicaFactory(redis.Configuration);
        var client = replica.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query))).StatusCode);

        redis.Stop();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/graphql?query=" + Uri.EscapeDataString($"{{ objective(number: {i + 1}) {{ title }} }}"))).StatusCode);
        }

        var hash = new string('a', 64);
        var unknown = await client.GetStringAsync(ByHash(hash));
        var registered = await RegisterAsync(client, Query);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", unknown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Contains(replica.Logs.Lines, l => l.Category == typeof(SharedCache).FullName && l.Message.StartsWith("The shared cache is unavailable", StringComparison.Ordinal));
    }

    private static string ByHash(string hash)
        => "/graphql?extensions=" + Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

    private static async Task<GraphQLResponse> RegisterAsync(HttpClient client, string query)
    {
        var body = Newtonsoft.Json.JsonConvert.SerializeObject(new
        {
            query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueries.Hash(query) } },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        return await client.SendGraphQLAsync(request);
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> attempt, Func<T, bool> done)
    {
        var value = await attempt();
        for (var i = 0; i < 50 && !done(value); i++)
        {
            await Task.Delay(100);
            value = await attempt();
        }

        return value;
    }

    private sealed class ReplicaFactory(string redis) : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Redis:Configuration", redis);
            builder.UseSetting("OpenGcm:Metrics:Enabled", "true");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information));
        }
    }
}
