using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace OpenGcm.Api.Tests.Hardening;

public sealed class RateLimitTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    [Fact]
    public async Task Past_the_burst_a_client_gets_429_with_retry_after_and_ratelimit_headers()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        var remaining = new List<int>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // Admitted answers state the budget too, not only the refusal.
                Assert.Equal("5", response.Headers.GetValues("RateLimit-Limit").Single());
                Assert.True(int.Parse(response.Headers.GetValues("RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 0);
                remaining.Add(int.Parse(response.Headers.GetValues("RateLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture));
            }

            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
        Assert.Equal(4, remaining[0]);
        Assert.True(remaining.Take(5).SequenceEqual(remaining.Take(5).OrderDescending()), string.Join(",", remaining));
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("5", limited.Headers.GetValues("RateLimit-Limit").Single());
        Assert.Equal("0", limited.Headers.GetValues("RateLimit-Remaining").Single());
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Health probes are not rate limited, and say nothing of a budget.
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(health.Headers.Contains("RateLimit-Limit"));
    }

    public sealed class LimitedFactory : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:RateLimit:Enabled", "true");
            builder.UseSetting("OpenGcm:RateLimit:Burst", "5");
            builder.UseSetting("OpenGcm:RateLimit:PermitsPerSecond", "1");
        }
    }
}
