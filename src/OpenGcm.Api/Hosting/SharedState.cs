using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Http;
using StackExchange.Redis;

namespace OpenGcm.Api.Hosting;

/// Redis for the state replicas share (persisted queries, cached answers) when
/// `OpenGcm:Redis:Configuration` is set (a StackExchange.Redis configuration string, e.g. `127.0.0.1:6379`);
/// without it nothing is registered and each process keeps its own. The connection is made before the
/// server listens (SharedCacheConnector), so a fresh replica does not answer its first requests without the
/// shared state. While disconnected, commands fail at once (no backlog) and SharedCache's breaker serves
/// from memory; while connected, a slow answer is waited for up to 5 s (measured by bench/cluster.sh: on a
/// starved machine a fresh replica's first reads took over 1 s, and missed persisted queries).
public static class SharedState
{
    public static IServiceCollection AddOpenGcmSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var configurationString = configuration["OpenGcm:Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(configurationString))
        {
            return services;
        }

        var redis = ConfigurationOptions.Parse(configurationString);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        SetUnlessGiven(configurationString, "connectTimeout", () => redis.ConnectTimeout = 5000);
        SetUnlessGiven(configurationString, "syncTimeout", () => redis.SyncTimeout = 5000);
        SetUnlessGiven(configurationString, "asyncTimeout", () => redis.AsyncTimeout = 5000);
        var instance = configuration["OpenGcm:Redis:InstanceName"] is { Length: > 0 } name ? name : "opengcm:";
        var connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(redis));
        services.AddKeyedSingleton<IDistributedCache>(
            SharedCache.ServiceKey,
            (_, _) => new RedisCache(Options.Create(new RedisCacheOptions { ConnectionMultiplexerFactory = () => connection.Value, InstanceName = instance })));
        services.AddHostedService(sp => new SharedCacheConnector(connection, sp.GetRequiredService<ILogger<SharedCacheConnector>>()));
        return services;
    }

    private static void SetUnlessGiven(string configurationString, string key, Action set)
    {
        if (!configurationString.Contains(key + "=", StringComparison.OrdinalIgnoreCase))
        {
            set();
        }
    }
}
