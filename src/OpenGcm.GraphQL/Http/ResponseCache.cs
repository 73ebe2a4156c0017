using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Http;

/// Successful GET responses. In this process they are kept by the request itself (its Accept header and raw query
/// string, which decide the media type and every part of the ETag), so a repeated GET is answered without parsing
/// its query string or hashing it; in the shared cache (other replicas) by ETag. The ETag is a hash of the data
/// version and the request, so a hot dashboard query is answered from memory without executing again.
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

    /// The answer this process keeps for this request, with its ETag; null when it has none.
    public KeptResponse? Get(RequestKey requestKey)
    {
        if (Enabled && _cache.TryGetValue(requestKey, out KeptResponse? kept) && kept!.Version == Version)
        {
            metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: true);
            return kept;
        }

        return null;
    }

    /// From the shared cache by ETag (another replica may have answered it; kept here too); null when it has none.
    public async ValueTask<CachedResponse?> GetSharedAsync(RequestKey? requestKey, string etag, string? operationName)
    {
        if (Enabled && await shared.GetAsync(SharedKey(etag)).ConfigureAwait(false) is { } bytes && CachedResponse.FromBytes(bytes) is { } fromShared)
        {
            if (requestKey is not null)
            {
                Remember(requestKey, new KeptResponse(etag, fromShared, operationName, Version));
            }

            metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: true, source: "shared");
            return fromShared;
        }

        metrics.CacheLookup(GraphQLMetrics.ResponseCache, hit: false);
        return null;
    }

    public void Set(RequestKey? requestKey, string etag, CachedResponse response, string? operationName)
    {
        if (Enabled)
        {
            if (requestKey is not null)
            {
                Remember(requestKey, new KeptResponse(etag, response, operationName, Version));
            }

            shared.Set(SharedKey(etag), response.ToBytes(), TimeSpan.FromSeconds(Math.Max(60, options.Value.SharedCacheSeconds)));
        }
    }

    /// The body and key plus what holding them costs (measured: cache entry, ETag, records and array headers).
    private void Remember(RequestKey requestKey, KeptResponse kept)
        => _cache.Set(requestKey, kept, new MemoryCacheEntryOptions { Size = kept.Response.Body.Length + requestKey.Bytes + 450 });

    private string Version => options.Value.DataVersion?.Invoke() ?? string.Empty;

    private static string SharedKey(string etag) => "response:" + etag;

    public void Dispose() => _cache.Dispose();
}

/// What identifies a GET in this process: its Accept header and raw query string (the answer is checked against the
/// data version it was kept under on a hit). A record rather than one joined string, so a lookup allocates little.
public sealed record RequestKey(string Accept, string QueryString)
{
    public static RequestKey Of(HttpRequest request) => new(request.Headers.Accept.ToString(), request.QueryString.Value ?? string.Empty);

    /// What holding the key costs: its two strings' characters and the headers of the three objects.
    public long Bytes => (2L * (Accept.Length + QueryString.Length)) + 72;
}

/// An answer kept in this process, with the ETag it was sent with, the operation its GET names (for metrics) and the
/// data version it answered.
public sealed record KeptResponse(string ETag, CachedResponse Response, string? OperationName, string Version);
