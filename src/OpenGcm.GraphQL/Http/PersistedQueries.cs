using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Http;

/// Apollo's automatic persisted queries: a document registered by its SHA-256 can then be sent by
/// hash alone, so a dashboard can use short, cacheable GET URLs. With `OnlyPersistedQueries`, only
/// the shipped documents run (an allow-list).
public sealed class PersistedQueries
{
    private readonly ConcurrentDictionary<string, string> _byHash = new(StringComparer.Ordinal);
    private readonly GraphQLHttpOptions _options;
    private readonly SharedCache _shared;
    private readonly GraphQLMetrics _metrics;

    public PersistedQueries(IOptions<GraphQLHttpOptions> options, SharedCache shared, GraphQLMetrics metrics)
    {
        _options = options.Value;
        _shared = shared;
        _metrics = metrics;
        if (_options.PersistedQueryDirectory is { } directory && Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
            {
                var document = File.ReadAllText(file);
                _byHash[Hash(document)] = document;
            }
        }
    }

    public int Count => _byHash.Count;

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// The document to run for this request, or the error that stops it (code, message, HTTP status).
    public async ValueTask<(string? Query, Refusal? Refusal)> ResolveAsync(string? query, Inputs? extensions)
    {
        if (extensions?.TryGetValue("persistedQuery", out var value) != true)
        {
            if (_options.OnlyPersistedQueries && query is not null && !_byHash.ContainsKey(Hash(query)))
            {
                return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotAllowed, "This server runs only its persisted "
                    + "documents; this one is not among them."));
            }

            return (query, null);
        }

        if (value is not IDictionary<string, object?> persisted
            || !Equals(Convert.ToString(persisted.TryGetValue("version", out var v) ? v : null, System.Globalization.CultureInfo.InvariantCulture), "1")
            || persisted.TryGetValue("sha256Hash", out var h) != true || h is not string hash || hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryInvalid, "`extensions.persistedQuery` must be "
                + "{\"version\": 1, \"sha256Hash\": \"<64 lower-case hex digits>\"}."));
        }

        if (query is null)
        {
            var known = await FindAsync(hash).ConfigureAwait(false);
            return known is not null
                ? (known, null)
                : (null, Refusal.Of(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound: send the query with its hash "
                    + "once to register it."));
        }

        if (Hash(query) != hash)
        {
            return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch, "`sha256Hash` is not the SHA-256 of `query`."));
        }

        if (!_byHash.ContainsKey(hash))
        {
            if (_options.OnlyPersistedQueries)
            {
                return (null, Refusal.Of(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotAllowed, "This server runs only its persisted "
                    + "documents; registration is off."));
            }

            if (_byHash.Count < _options.PersistedQueryLimit)
            {
                _byHash.TryAdd(hash, query);
            }

            _shared.Set(SharedKey(hash), Encoding.UTF8.GetBytes(query));
        }

        return (query, null);
    }

    /// A registered document: this process's first, then one another replica registered (checked against its hash).
    private async ValueTask<string?> FindAsync(string hash)
    {
        if (_byHash.TryGetValue(hash, out var known))
        {
            _metrics.CacheLookup(GraphQLMetrics.PersistedQueries, hit: true);
            return known;
        }

        if (!_options.OnlyPersistedQueries && await _shared.GetAsync(SharedKey(hash)).ConfigureAwait(false) is { } bytes
            && Encoding.UTF8.GetString(bytes) is var shared && Hash(shared) == hash)
        {
            if (_byHash.Count < _options.PersistedQueryLimit)
            {
                _byHash.TryAdd(hash, shared);
            }

            _metrics.CacheLookup(GraphQLMetrics.PersistedQueries, hit: true, source: "shared");
            return shared;
        }

        _metrics.CacheLookup(GraphQLMetrics.PersistedQueries, hit: false);
        return null;
    }

    private static string SharedKey(string hash) => "apq:" + hash;
}
