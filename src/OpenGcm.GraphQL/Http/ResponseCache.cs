using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OpenGcm.GraphQL.Http;

/// Successful GET responses by ETag, bounded in bytes. The ETag is a hash of the data version and
/// the request, so a hot dashboard query is answered from memory without executing again.
public sealed class ResponseCache(IOptions<GraphQLHttpOptions> options) : IDisposable
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

    public bool TryGet(string etag, out CachedResponse? response) => _cache.TryGetValue(etag, out response);

    public void Set(string etag, CachedResponse response)
    {
        if (Enabled)
        {
            _cache.Set(etag, response, new MemoryCacheEntryOptions { Size = response.Body.Length + 256 });
        }
    }

    public void Dispose() => _cache.Dispose();
}

public sealed record CachedResponse(string ContentType, byte[] Body);
