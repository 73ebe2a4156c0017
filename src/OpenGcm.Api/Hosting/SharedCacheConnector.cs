using StackExchange.Redis;

namespace OpenGcm.Api.Hosting;

/// Makes the Redis connection before the server starts listening (IHostedLifecycleService.StartingAsync runs
/// before any StartAsync, the server's included), waiting at most `MaxWait`: a replica that takes traffic at once would otherwise miss the shared state
/// while connecting (on a busy machine that takes seconds). A Redis that is down does not stop the start.
public sealed class SharedCacheConnector(Lazy<Task<IConnectionMultiplexer>> connection, ILogger<SharedCacheConnector> logger) : IHostedLifecycleService
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + MaxWait;
        try
        {
            var multiplexer = await connection.Value.WaitAsync(MaxWait, cancellationToken);
            while (!multiplexer.IsConnected && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }

            if (multiplexer.IsConnected)
            {
                // One round trip, so the first requests do not pay for warming up the client.
                await multiplexer.GetDatabase().PingAsync();
                return;
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Reported below.
        }

        logger.LogWarning(
            "The shared cache could not be reached within {Seconds} s at start: serving from in-process caches until it can", MaxWait.TotalSeconds);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
