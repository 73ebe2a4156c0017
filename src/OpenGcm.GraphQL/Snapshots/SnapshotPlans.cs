using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;

namespace OpenGcm.GraphQL.Snapshots;

/// The plans of one list field (compiled `where`/`order` and the page asked for), kept per field node of a parsed
/// document. A document without variables gets GraphQL.NET's shared Variables.None, so its arguments are the
/// same on every request and its plan is reused as the parsed document is; with variables, within one request
/// (every parent of a nested list shares it).
internal sealed class SnapshotPlans<TPlan>
    where TPlan : class
{
    private readonly ConditionalWeakTable<GraphQLField, Entry> _plans = [];

    /// The plan for this field node and these variables; `build` runs when there is none (and throws the argument errors).
    public TPlan Get(IResolveFieldContext context, object table, Func<TPlan> build)
    {
        if (_plans.TryGetValue(context.FieldAst, out var entry) && ReferenceEquals(entry.Variables, context.Variables) && ReferenceEquals(entry.Table, table))
        {
            return entry.Plan;
        }

        var plan = build();
        _plans.AddOrUpdate(context.FieldAst, new Entry(context.Variables, table, plan));
        return plan;
    }

    private sealed record Entry(object? Variables, object Table, TPlan Plan);
}
