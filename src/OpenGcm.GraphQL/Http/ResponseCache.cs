using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Http;

/// Successful GET responses by ETag, bounded in bytes. The ETag is a hash of the data version and
/// the request, so a hot dashboard query is answered from memory without executing again.
public sealed class ResponseCache(IOptions<GraphQLHttpOptions> options, SharedCache shared, GraphQLMetrics metrics) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResponseCacheBytes) });

    public bool Enabled => options.Value.ResponseCacheBytes > 0;

    /// A strong ETag over the data version and the request's parts, in a fixed order.
    public string ETag(string mediaType, params string?[] parts)
    {
        var text = new StringBuilder(options.Value.DataVersion?.Invoke() ?? string.Empty).Append('\n').Append(mediaType);
        foreach (var part in parts)
        {
            text.Append('\n').Append(part?.Length ?? -1).Append(':').Append(part);
        }

        return "\"" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// From this process first, then from the shared cache (another replica may have answered it); null when neither has it.
    public async ValueTask<CachedResponse?> GetAsync(string etag)
    {
        if (_cache.TryGetValue(etag, out CachedResponse? response))
        {
            metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: true);
            return response;
        }

        if (Enabled && await shared.GetAsync(SharedKey(etag)).ConfigureAwait(false) is { } bytes && CachedResponse.FromBytes(bytes) is { } fromShared)
        {
            Remember(etag, fromShared);
            metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: true, source: "shared");
            return fromShared;
        }

        metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: false);
        return null;
    }

    public void Set(string etag, CachedResponse response)
    {
        if (Enabled)
        {
            Remember(etag, response);
            shared.Set(SharedKey(etag), response.ToBytes(), TimeSpan.FromSeconds(Math.Max(60, options.Value.SharedCacheSeconds)));
        }
    }

    /// The body plus what holding it costs (measured: cache entry, ETag key, record and array headers).
    private void Remember(string etag, CachedResponse response)
        => _cache.Set(etag, response, new MemoryCacheEntryOptions { Size = response.Body.Length + 400 });

    private static string SharedKey(string etag) => "response:" + etag;

    public void Dispose() => _cache.Dispose();
}

