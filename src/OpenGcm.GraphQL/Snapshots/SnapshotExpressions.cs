using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Snapshots;

/// Compiles the filter and sort expressions of a QueryShape (the trees built for EF Core) into delegates over
/// the snapshot's objects, and caches them per shape: the values in a tree become slots of an array, so
/// queries that differ only in their values share one compiled delegate. The rewrite gives the delegates
/// SQLite's semantics where C#'s differ (ShapeVisitor); the differential test proves the answers equal.
internal static class SnapshotExpressions
{
    /// Compiled delegates kept (a few kB each, so a flood of distinct shapes stays within a few MB); past this,
    /// shapes are compiled per request.
    private const int MaxCompiled = 1000;

    private static readonly ConcurrentDictionary<string, Delegate> Compiled = new(StringComparer.Ordinal);

    /// A predicate `row => bool`, with its values.
    public static Bound<T, bool> Predicate<T>(Expression<Func<T, bool>> filter, DataSnapshot? snapshot = null)
    {
        var visitor = new ShapeVisitor("filter", typeof(T), filter, snapshot);
        var body = visitor.Visit(filter.Body)!;
        return Bind<T, bool>(visitor, filter.Parameters[0], body);
    }

    /// A sort key `row => value` (boxed; null where a navigation on the way is missing, as SQL's LEFT JOIN gives).
    public static Bound<T, object?> Key<T>(LambdaExpression key, DataSnapshot? snapshot = null)
    {
        var visitor = new ShapeVisitor("key", typeof(T), key, snapshot);
        Expression body;
        if (key.Body is MemberExpression { Expression: { } receiver } member && receiver is not ParameterExpression && member.Type.IsValueType)
        {
            // `r.State.UnStatus`: null when the report has no State, not a NullReferenceException.
            var target = visitor.Visit(receiver)!;
            var lifted = typeof(object);
            var temp = Expression.Variable(target.Type, "target");
            body = Expression.Block(lifted, [temp], Expression.Assign(temp, target), Expression.Condition(
                Expression.Equal(temp, Expression.Constant(null, target.Type)),
                Expression.Constant(null, lifted),
                Expression.Convert(Expression.MakeMemberAccess(temp, member.Member), lifted)));
            visitor.Note("lift " + ShapeVisitor.MemberId(member.Member));
        }
        else
        {
            body = Expression.Convert(visitor.Visit(key.Body)!, typeof(object));
        }

        return Bind<T, object?>(visitor, key.Parameters[0], body);
    }

    private static Bound<T, TResult> Bind<T, TResult>(ShapeVisitor visitor, ParameterExpression row, Expression body)
    {
        var shape = visitor.Shape;
        if (!Compiled.TryGetValue(shape, out var function))
        {
            function = Expression.Lambda<Func<T, object?[], TResult>>(body, row, visitor.Values).Compile();
            if (Compiled.Count < MaxCompiled)
            {
                Compiled.TryAdd(shape, function);
            }
        }

        return new Bound<T, TResult>(shape, (Func<T, object?[], TResult>)function, [.. visitor.Slots]);
    }
}
