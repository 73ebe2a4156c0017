using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Http;
using OpenGcm.GraphQL.Limits;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Caching;

/// Parsed documents by query text, bounded by their estimated size in bytes. The transport parses through it
/// (so its request checks run on every request, cached or not); as GraphQL.NET's IConfigureExecution
/// it skips the input-independent validation rules for a document that has passed validation before.
/// Rules registered for cached documents (the complexity analyzer, which depends on variables) still run, except for a
/// document without variables once validated: its complexity and depth are kept, and no rule runs again.
public sealed class DocumentCache(IOptions<GraphQLHttpOptions> options, GraphQLMetrics metrics) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.DocumentCacheBytes) });

    /// The spec's rules that read the document alone (argument validation reads values, so it stays out).
    private static readonly HashSet<IValidationRule> DocumentOnlyRules = DocumentValidator.CoreRules.Where(r =>
        r is not FieldArgumentsAreValidRule).ToHashSet();

    public float SortOrder => 200;

    public bool Enabled => options.Value.DocumentCacheBytes > 0;

    /// Measured (bench/memory.sh, bench/README.md): a parsed document holds about 21 bytes per character
    /// of its query, the query text 2 more, a cache entry about 250 bytes on top.
    public static long EstimatedBytes(string query) => (24L * query.Length) + 300;

    /// The parsed document for this text, from the cache when it was parsed before.
    public GraphQLDocument Parse(string query)
    {
        if (Enabled && _cache.TryGetValue(query, out Entry? entry))
        {
            metrics.CacheLookup(GraphQLMetrics.DocumentCache, hit: true);
            return entry!.Document;
        }

        if (Enabled)
        {
            metrics.CacheLookup(GraphQLMetrics.DocumentCache, hit: false);
        }

        var document = GraphQLParser.Parser.Parse(query);
        var size = EstimatedBytes(query);
        if (Enabled && size * 3 <= options.Value.DocumentCacheBytes)
        {
            _cache.Set(query, new Entry(document), new MemoryCacheEntryOptions { Size = size });
        }

        return document;
    }

    public bool IsValidated(string query) => _cache.TryGetValue(query, out Entry? entry) && entry!.Validated;

    /// True once no validation rule runs for this document again (no variables, validated, its cost kept).
    public bool IsSettled(string query) => _cache.TryGetValue(query, out Entry? entry) && entry!.Validated && entry.Cost is not null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        Entry? entry = null;
        var metrics = options.UserContext.TryGetValue(RequestMetrics.Key, out var value) ? value as RequestMetrics : null;
        if (options.Query is { } query && _cache.TryGetValue(query, out entry) && ReferenceEquals(entry!.Document, options.Document) && entry.Validated)
        {
            if (entry.Cost is { } cost && metrics is not null)
            {
                // No variables: every rule, the complexity analyzer included, gives what it gave the first time.
                metrics.Complexity = cost.Complexity;
                metrics.Depth = cost.Depth;
                options.ValidationRules = [];
            }
            else
            {
                // The spec's core rules depend on the document alone; rules that read variables or
                // arguments (complexity with `first: $n`, argument validation) run again on every request.
                options.ValidationRules = (options.CachedDocumentValidationRules ?? [])
                    .Concat((options.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !DocumentOnlyRules.Contains(r)))
                    .Distinct()
                    .ToList();
            }
        }

        var result = await next(options).ConfigureAwait(false);
        if (entry is not null && result.Executed && ReferenceEquals(entry.Document, options.Document))
        {
            if (entry.Cost is null && metrics?.Complexity is { } complexity && WithoutVariables(entry.Document))
            {
                entry.Cost = new Cost(complexity, metrics.Depth);
            }

            entry.Validated = true;
        }

        return result;
    }

    /// One operation and no variable definitions: validation depends on the document alone.
    private static bool WithoutVariables(GraphQLDocument document)
        => document.Definitions.Count(d => d is GraphQLOperationDefinition) == 1
            && document.Definitions.All(d => d is not GraphQLOperationDefinition { Variables.Items.Count: > 0 });

    public void Dispose() => _cache.Dispose();

    private sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public volatile bool Validated;

        /// The complexity and depth measured when a document without variables was validated in full.
        public volatile Cost? Cost;
    }

    private sealed record Cost(double Complexity, int? Depth);
}
