using Microsoft.AspNetCore.Http;

namespace OpenGcm.GraphQL.Http;

/// Options of the GraphQL-over-HTTP endpoint; configuration section `OpenGcm:Http`.
public sealed class GraphQLHttpOptions
{
    /// Answers a browser (Accept: text/html) that opens the endpoint with no query; null to disable.
    public RequestDelegate? BrowserPage { get; set; }

    /// The version of the data served: part of every ETag, so a new dataset gets new ETags.
    public Func<string>? DataVersion { get; set; }

    /// `Cache-Control: public, max-age` of successful GET responses, in seconds.
    public int CacheMaxAgeSeconds { get; set; } = 300;

    /// Bound of the in-memory cache of GET responses, in bytes; 0 disables it.
    public long ResponseCacheBytes { get; set; } = 16 * 1024 * 1024;

    /// How long a response stays in the shared cache (Redis, when configured); its ETag holds the data version.
    public int SharedCacheSeconds { get; set; } = 3600;

    /// Bound of the parsed-document cache, in estimated bytes of the parsed documents; 0 disables it.
    public long DocumentCacheBytes { get; set; } = 8 * 1024 * 1024;

    /// Automatic persisted queries: how many registered documents are kept.
    public int PersistedQueryLimit { get; set; } = 10_000;

    /// When true, only documents already known (shipped in `PersistedQueryDirectory`) run; nothing registers.
    public bool OnlyPersistedQueries { get; set; }

    /// A folder of `*.graphql` documents shipped with the server, registered under their SHA-256.
    public string? PersistedQueryDirectory { get; set; }
}
