using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenGcm.Api.Hosting;

/// The token buckets of the rate limiter, one per client address, kept where the response can read them:
/// ASP.NET Core's limiter tells a client its budget only when it refuses (429). Every admitted response
/// gets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (IETF draft RateLimit header fields).
public sealed class RateLimitBuckets(IOptions<RateLimitSettings> options)
{
    public const string PartitionKey = "OpenGcm.RateLimit.Partition";

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public RateLimitSettings Settings => options.Value;

    public RateLimitPartition<string> Partition(HttpContext http)
    {
        var key = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        http.Items[PartitionKey] = key;
        return RateLimitPartition.Get(key, k => _buckets.GetOrAdd(k, _ => new Bucket(this, k)));
    }

    /// Sets the headers of an admitted request from what is left in its bucket.
    public void SetHeaders(HttpContext http)
    {
        if (http.Items[PartitionKey] is string key && _buckets.TryGetValue(key, out var bucket))
        {
            var remaining = (int)Math.Max(0, bucket.GetStatistics()?.CurrentAvailablePermits ?? 0);
            Write(http.Response, remaining, SecondsUntilFull(remaining));
        }
    }

    private void Write(HttpResponse response, int remaining, int resetSeconds)
    {
        response.Headers["RateLimit-Limit"] = Settings.Burst.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Policy"] = $"{Settings.Burst};w=1;burst={Settings.Burst};rate={Settings.PermitsPerSecond}";
    }

    /// Seconds until the bucket is full again at the sustained rate (0 when it is full).
    private int SecondsUntilFull(int remaining)
        => (int)Math.Ceiling((Settings.Burst - remaining) / (double)Math.Max(1, Settings.PermitsPerSecond));

    /// A token bucket that leaves the registry when the partitioned limiter disposes it as idle.
    private sealed class Bucket(RateLimitBuckets owner, string key) : RateLimiter
    {
        private readonly TokenBucketRateLimiter _inner = new(new TokenBucketRateLimiterOptions
        {
            TokenLimit = owner.Settings.Burst,
            TokensPerPeriod = owner.Settings.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

        public override TimeSpan? IdleDuration => _inner.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => _inner.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => _inner.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
            => _inner.AcquireAsync(permitCount, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owner._buckets.TryRemove(new KeyValuePair<string, Bucket>(key, this));
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
