using Microsoft.Extensions.Caching.Distributed;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.Api.Hosting;

/// Opens the Redis connection when the server starts, so the first requests do not wait for it (on a
/// busy machine a connect can take seconds). Never delays the start and never fails it: a Redis that is
/// down is SharedCache's business.
public sealed class SharedCacheConnector(IServiceProvider services, ILogger<SharedCacheConnector> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IDistributedCache>(SharedCache.ServiceKey) is { } cache)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await cache.GetAsync("connect", CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogWarning("The shared cache could not be reached at start ({Error}); serving from in-process caches", ex.GetType().Name);
                }
            }, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
