using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpenGcm.GraphQL.Telemetry;

/// The endpoint's metrics (meter `OpenGcm.GraphQL`): requests by operation and status, their durations,
/// cache lookups and hit ratios, rate-limit refusals. Tags hold names from a closed set or the document's
/// own operation name (bounded, see OperationTag), never values of variables or anything about the client.
public sealed class GraphQLMetrics
{
    public const string MeterName = "OpenGcm.GraphQL";

    /// Caches whose lookups are counted.
    public const string DocumentCache = "document";
    public const string ResponseCache = "response";
    public const string PersistedQueries = "persisted_query";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _rateLimited;
    private readonly ConcurrentDictionary<string, HitCount> _hits = new(StringComparer.Ordinal);

    public GraphQLMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("opengcm.graphql.requests", "{request}", "GraphQL requests by operation name, operation type and HTTP status.");
        _duration = meter.CreateHistogram<double>(
            "opengcm.graphql.request.duration",
            "s",
            "Time to answer a GraphQL request, by operation name and HTTP status.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _cacheLookups = meter.CreateCounter<long>(
            "opengcm.cache.lookups",
            "{lookup}",
            "Cache lookups by cache (document, response, persisted_query), result (hit, miss) and where the hit came from (local, shared).");
        _rateLimited = meter.CreateCounter<long>("opengcm.ratelimit.refusals", "{request}", "Requests refused by the rate limiter (429).");
        meter.CreateObservableGauge("opengcm.cache.hit_ratio", ObserveHitRatios, "1", "Hits over lookups since start, by cache.");
    }

    public OperationTag Operations { get; } = new();

    public void Request(string? operationName, string? operationType, int status, bool cached, double seconds)
    {
        if (!_requests.Enabled && !_duration.Enabled)
        {
            return;
        }

        var operation = Operations.For(operationName);
        var tags = new TagList
        {
            { "graphql.operation.name", operation },
            { "graphql.operation.type", operationType ?? "none" },
            { "http.response.status_code", status },
            { "opengcm.cached", cached },
        };
        _requests.Add(1, tags);
        _duration.Record(seconds, new TagList { { "graphql.operation.name", operation }, { "http.response.status_code", status } });
    }

    public void CacheLookup(string cache, bool hit, string source = "local")
    {
        if (_cacheLookups.Enabled)
        {
            _cacheLookups.Add(1, new TagList { { "cache", cache }, { "result", hit ? "hit" : "miss" }, { "source", hit ? source : "none" } });
        }

        var count = _hits.GetOrAdd(cache, _ => new HitCount());
        Interlocked.Increment(ref count.Lookups);
        if (hit)
        {
            Interlocked.Increment(ref count.Hits);
        }
    }

    public void RateLimited() => _rateLimited.Add(1);

    private IEnumerable<Measurement<double>> ObserveHitRatios()
    {
        foreach (var (cache, count) in _hits)
        {
            var lookups = Interlocked.Read(ref count.Lookups);
            if (lookups > 0)
            {
                yield return new Measurement<double>((double)Interlocked.Read(ref count.Hits) / lookups, new KeyValuePair<string, object?>("cache", cache));
            }
        }
    }

    private sealed class HitCount
    {
        public long Hits;
        public long Lookups;
    }
}
