using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace OpenGcm.GraphQL.Snapshots;

/// Compiles the filter and sort expressions of a QueryShape (the trees built for EF Core) into delegates over
/// the snapshot's objects, and caches them per shape: the values in a tree become slots of an array, so
/// queries that differ only in their values share one compiled delegate. The rewrite gives the delegates
/// SQLite's semantics where C#'s differ (ShapeVisitor); the differential test proves the answers equal.
internal static class SnapshotExpressions
{
    /// Compiled delegates kept; past this, shapes are compiled per request.
    private const int MaxCompiled = 4096;

    private static readonly ConcurrentDictionary<string, Delegate> Compiled = new(StringComparer.Ordinal);

    /// A predicate `row => bool`, with its values.
    public static Bound<T, bool> Predicate<T>(Expression<Func<T, bool>> filter)
    {
        var visitor = new ShapeVisitor("filter", typeof(T));
        var body = visitor.Visit(filter.Body)!;
        return Bind<T, bool>(visitor, filter.Parameters[0], body);
    }

    /// A sort key `row => value` (boxed; null where a navigation on the way is missing, as SQL's LEFT JOIN gives).
    public static Bound<T, object?> Key<T>(LambdaExpression key)
    {
        var visitor = new ShapeVisitor("key", typeof(T));
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

    /// Rewrites a tree for the snapshot and writes down its shape (node kinds, types, members, methods; values left out).
    private sealed class ShapeVisitor(string kind, Type row) : ExpressionVisitor
    {
        private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        private static readonly MethodInfo IndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
        private static readonly MethodInfo AsciiLower = typeof(SnapshotFunctions).GetMethod(nameof(SnapshotFunctions.AsciiLower))!;
        private static readonly MethodInfo IndexOfOrdinal = typeof(SnapshotFunctions).GetMethod(nameof(SnapshotFunctions.IndexOfOrdinal))!;

        private readonly System.Text.StringBuilder _shape = new System.Text.StringBuilder(kind).Append(' ').Append(TypeId(row));
        private readonly List<ParameterExpression> _parameters = [];

        public ParameterExpression Values { get; } = Expression.Parameter(typeof(object[]), "values");

        public List<object?> Slots { get; } = [];

        public string Shape => _shape.ToString();

        public void Note(string text) => _shape.Append(' ').Append(text);

        public override Expression? Visit(Expression? node)
        {
            switch (node)
            {
                case null:
                    _shape.Append(" _");
                    return null;
                case ConstantExpression { Value: not null } constant:
                    return Slot(constant.Value, constant.Type);
                case MemberExpression { Expression: ConstantExpression { Value: { } holder } } closure:
                    // A value held by a closure or a holder object (how FilterExpressions makes SQL parameters).
                    return Slot(Read(closure.Member, holder), closure.Type);
            }

            _shape.Append(" (").Append((int)node.NodeType).Append(' ').Append(TypeId(node.Type));
            switch (node)
            {
                case MemberExpression member:
                    _shape.Append(" m").Append(MemberId(member.Member));
                    break;
                case MethodCallExpression call:
                    _shape.Append(" f").Append(MemberId(call.Method)).Append(' ').Append(call.Arguments.Count);
                    break;
                case ParameterExpression parameter:
                    var index = _parameters.IndexOf(parameter);
                    _shape.Append(" p").Append(index < 0 ? _parameters.Count : index);
                    if (index < 0)
                    {
                        _parameters.Add(parameter);
                    }

                    break;
                case BinaryExpression { Method: { } method }:
                    _shape.Append(" f").Append(MemberId(method));
                    break;
                case UnaryExpression { Method: { } method }:
                    _shape.Append(" f").Append(MemberId(method));
                    break;
                case LambdaExpression lambda:
                    _shape.Append(" l").Append(lambda.Parameters.Count);
                    break;
                case ConstantExpression or BinaryExpression or UnaryExpression or ConditionalExpression:
                    break;
                default:
                    throw new NotSupportedException($"The snapshot does not translate {node.NodeType} expressions: {node}");
            }

            var result = base.Visit(node);
            _shape.Append(')');
            return result;
        }

        public static string MemberId(MemberInfo member)
            => $"{member.MetadataToken:x}@{TypeId(member.DeclaringType!)}"
                + (member is MethodInfo { IsGenericMethod: true } method ? "<" + string.Join(',', method.GetGenericArguments().Select(TypeId)) + ">" : "");

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var call = (MethodCallExpression)base.VisitMethodCall(node);
            if (call.Method == ToLower)
            {
                return Expression.Call(AsciiLower, call.Object!);
            }

            return call.Method == IndexOf ? Expression.Call(IndexOfOrdinal, call.Object!, call.Arguments[0]) : call;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            var receiver = Visit(node.Expression);
            if (receiver is null || node.Expression is ParameterExpression || receiver.Type.IsValueType
                || (node.Type.IsValueType && Nullable.GetUnderlyingType(node.Type) is null))
            {
                return node.Update(receiver);
            }

            // A member of a navigation (`s.Area.Names`): null when the navigation is missing, as SQL's LEFT JOIN gives.
            var temp = Expression.Variable(receiver.Type, "target");
            return Expression.Block(node.Type, [temp], Expression.Assign(temp, receiver), Expression.Condition(
                Expression.Equal(temp, Expression.Constant(null, receiver.Type)),
                Expression.Default(node.Type),
                Expression.MakeMemberAccess(temp, node.Member)));
        }

        private static string TypeId(Type type) => type.TypeHandle.Value.ToString("x");

        private static object? Read(MemberInfo member, object holder) => member switch
        {
            FieldInfo field => field.GetValue(holder),
            PropertyInfo property => property.GetValue(holder),
            _ => throw new NotSupportedException($"Cannot read {member}."),
        };

        private UnaryExpression Slot(object? value, Type type)
        {
            _shape.Append(" $").Append(TypeId(type));
            Slots.Add(value);
            return Expression.Convert(Expression.ArrayIndex(Values, Expression.Constant(Slots.Count - 1)), type);
        }
    }
}

