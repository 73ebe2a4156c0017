using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace OpenGcm.Api.Tests.Operations;

public sealed class MetricsTests(MetricsTests.MetricsFactory factory) : IClassFixture<MetricsTests.MetricsFactory>
{
    [Fact]
    public async Task Metrics_list_requests_by_operation_and_cache_hit_ratios_without_variable_values()
    {
        var client = factory.CreateClient();
        var get = "/graphql?operationName=VotesAgainst&query=" + Uri.EscapeDataString("query VotesAgainst { states(where: {gcmVote: {eq: NO}}) { totalCount } }");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(get)).StatusCode);
        }

        using var body = new StringContent(
            """{"query":"query OneState($iso3: String!) { state(iso3: $iso3) { name } }","variables":{"iso3":"SECRETVALUE"}}""",
            Encoding.UTF8,
            "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/graphql", body)).StatusCode);

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("""opengcm_graphql_requests_total{otel_scope_name="OpenGcm.GraphQL",graphql_operation_name="VotesAgainst",graphql_operation_type="query",http_response_status_code="200",opengcm_cached="false"} 1""", metrics, StringComparison.Ordinal);
        Assert.Contains("""graphql_operation_name="VotesAgainst",graphql_operation_type="query",http_response_status_code="200",opengcm_cached="true"} 2""", metrics, StringComparison.Ordinal);
        Assert.Contains("""graphql_operation_name="OneState",graphql_operation_type="query",http_response_status_code="200",opengcm_cached="false"} 1""", metrics, StringComparison.Ordinal);
        Assert.Contains("opengcm_graphql_request_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        // OpenTelemetry listens to every meter of that name in the process, so test servers running in
        // parallel add to the cache figures: their presence and shape are checked, the counts above are this test's own.
        Assert.Matches("""opengcm_cache_hit_ratio\{otel_scope_name="OpenGcm.GraphQL",cache="response"\} (0|1|0\.[0-9]+)\n""", metrics);
        Assert.Matches("""opengcm_cache_hit_ratio\{otel_scope_name="OpenGcm.GraphQL",cache="document"\} (0|1|0\.[0-9]+)\n""", metrics);
        Assert.Matches("""opengcm_cache_lookups_total\{otel_scope_name="OpenGcm.GraphQL",cache="response",result="hit",source="local"\} [1-9][0-9]*\n""", metrics);
        Assert.Contains("opengcm_dataset_info{otel_scope_name=\"OpenGcm.Api\",version=\"", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", metrics, StringComparison.Ordinal);
        // No client's address (personal data). The server's own listening address may appear: Kestrel's meter labels
        // connections of any real server in this test process with it (server_address="127.0.0.1").
        Assert.DoesNotContain("client_address", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("network_peer_address", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_refusals_are_counted()
    {
        using var limited = new MetricsFactory { RateLimited = true };
        var client = limited.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }"));
        }

        var metrics = await client.GetStringAsync("/metrics");

        // At least this test's two (the rate-limit tests, if running in parallel, add theirs).
        Assert.Matches("""opengcm_ratelimit_refusals_total\{otel_scope_name="OpenGcm.GraphQL"\} ([2-9]|[1-9][0-9]+)\n""", metrics);
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        using var plain = new OpenGcmFactory();

        var response = await plain.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public sealed class MetricsFactory : OpenGcmFactory
    {
        public bool RateLimited { get; init; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Metrics:Enabled", "true");
            if (RateLimited)
            {
                builder.UseSetting("OpenGcm:RateLimit:Enabled", "true");
                builder.UseSetting("OpenGcm:RateLimit:Burst", "2");
                builder.UseSetting("OpenGcm:RateLimit:PermitsPerSecond", "1");
            }
        }
    }
}
