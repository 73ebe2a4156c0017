namespace OpenGcm.Api.Hosting;

/// Per-client-IP token bucket on /graphql; configuration section `OpenGcm:RateLimit`.
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;

    /// Tokens added per second: the sustained rate a client may keep up.
    public int PermitsPerSecond { get; set; } = 20;

    /// Bucket size: how many requests a client may send at once after a pause.
    public int Burst { get; set; } = 100;
}
