using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenGcm.GraphQL.Http;

/// The state replicas share (persisted queries, cached responses) when a distributed cache is
/// registered under `ServiceKey` (Redis, see the host); without one every call is a no-op and the
/// in-process caches work alone. `FailuresToOpen` reads in a row that fail (a timeout on a busy machine is
/// not an outage) open a breaker for `RetryAfter`: requests go on from the in-process caches, one warning is
/// logged, nothing fails. A store that fails is only a value not shared.
public sealed class SharedCache
{
    public const string ServiceKey = "OpenGcm.Shared";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public const int FailuresToOpen = 3;

    private readonly IDistributedCache? _cache;
    private readonly ILogger<SharedCache> _logger;
    private readonly TimeProvider _time;
    private long _closedAfter;
    private int _failing;
    private int _failuresInARow;

    public SharedCache(IServiceProvider services, ILogger<SharedCache> logger)
    {
        _cache = services.GetKeyedService<IDistributedCache>(ServiceKey);
        _logger = logger;
        _time = services.GetService<TimeProvider>() ?? TimeProvider.System;
    }

    public bool Enabled => _cache is not null;

    /// False while the breaker is open after a failure.
    public bool Available => _cache is not null && _time.GetTimestamp() >= Interlocked.Read(ref _closedAfter);

    /// Never blocks a thread on the network: a fresh replica under load would run out of threads, its reads would
    /// time out and open the breaker, and it would answer persisted queries it could read with NOT_FOUND.
    public async ValueTask<byte[]?> GetAsync(string key)
    {
        if (!Available)
        {
            return null;
        }

        try
        {
            var value = await _cache!.GetAsync(key).ConfigureAwait(false);
            Recovered();
            return value;
        }
        catch (Exception ex)
        {
            Failed(ex);
            return null;
        }
    }

    /// Stores in the background: the request that produced the value does not wait for the shared cache.
    public void Set(string key, byte[] value, TimeSpan? expiresAfter = null)
    {
        if (!Available)
        {
            return;
        }

        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expiresAfter };
        _ = SetAsync(key, value, options);
    }

    private async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        try
        {
            await _cache!.SetAsync(key, value, options).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Not shared, that is all.
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                _logger.LogDebug("A value was not stored in the shared cache ({Error})", ex.GetType().Name);
            }
        }
    }

    private void Failed(Exception ex)
    {
        if (Interlocked.Increment(ref _failuresInARow) < FailuresToOpen)
        {
            return;
        }

        Interlocked.Exchange(ref _closedAfter, _time.GetTimestamp() + (long)(RetryAfter.TotalSeconds * _time.TimestampFrequency));
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            _logger.LogWarning(
                "The shared cache is unavailable ({Error}): serving from in-process caches, retrying every {Seconds} s",
                ex.GetType().Name,
                RetryAfter.TotalSeconds);
        }
    }

    private void Recovered()
    {
        Volatile.Write(ref _failuresInARow, 0);
        if (Volatile.Read(ref _failing) == 1 && Interlocked.Exchange(ref _failing, 0) == 1)
        {
            _logger.LogInformation("The shared cache is available again");
        }
    }
}
