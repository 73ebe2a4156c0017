using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenGcm.GraphQL.Snapshots;

/// The plans of one list field (compiled `where`/`order` and the page asked for), kept per field node of a parsed
/// document, so that a document asked again is not planned again.
/// - A document without variables gets GraphQL.NET's shared Variables.None, so its arguments are the same on every
///   request: its plan is kept across requests, in a table of at most MaxShared plans, emptied when it is full. Keys
///   are weak, so a plan never keeps a document the document cache has let go (bench/memory.sh: without a bound, a
///   flood of distinct documents held about 90 MB of plans outside the document cache's byte budget).
/// - With variables, a plan holds only for its request (every parent of a nested list shares it), and goes with it.
internal sealed class SnapshotPlans<TPlan>
    where TPlan : class
{
    /// Plans kept across requests per list field: dashboards send a few documents again and again.
    internal const int MaxShared = 128;

    private readonly ConditionalWeakTable<Variables, ConcurrentDictionary<GraphQLField, Entry>> _perRequest = [];
    private ConditionalWeakTable<GraphQLField, Entry> _shared = [];
    private int _sharedCount;

    /// The plan for this field node and these variables; `build` runs when there is none (and throws the argument errors).
    public TPlan Get(IResolveFieldContext context, object table, Func<TPlan> build)
    {
        var field = context.FieldAst;
        if (context.Variables is { } variables && !ReferenceEquals(variables, Variables.None) && variables.Any())
        {
            var plans = _perRequest.GetOrCreateValue(variables);
            if (plans.TryGetValue(field, out var own) && own.Plan is { } ownPlan && ReferenceEquals(own.Table, table))
            {
                return ownPlan;
            }

            var planned = build();
            plans[field] = new Entry(table, planned);
            return planned;
        }

        var shared = _shared;
        var seen = shared.TryGetValue(field, out var entry);
        if (seen && entry!.Plan is { } kept && ReferenceEquals(entry.Table, table))
        {
            return kept;
        }

        var plan = build();
        if (Interlocked.Increment(ref _sharedCount) > MaxShared)
        {
            shared = _shared = [];
            Interlocked.Exchange(ref _sharedCount, 1);
        }

        // A plan is kept from the second time its document is asked: a document asked once (most of a flood of
        // distinct ones) leaves only a mark, so nothing of it lives on into the older generations of the heap.
        shared.AddOrUpdate(field, seen ? new Entry(table, plan) : Seen);
        return plan;
    }

    /// The plans kept across requests (for tests: the bound holds).
    internal int SharedCount => _shared.Count();

    private static readonly Entry Seen = new(null, null);

    private sealed record Entry(object? Table, TPlan? Plan);
}
