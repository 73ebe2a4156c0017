using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace OpenGcm.GraphQL.Snapshots;

/// Rewrites a filter or sort tree built for EF Core into one that gives, over objects, what SQLite gives, and
/// writes down its shape. What EF Core does, done the same way: a subtree that does not read the row (a value,
/// `value.ToLower()`, `value.Length`) is computed once, in .NET, and becomes a slot of the values array (EF Core
/// evaluates it on the client and sends a parameter); what reads the row gets SQLite's functions (lower(),
/// length() and substr() in code points, instr()) and a missing navigation reads as NULL.
internal sealed class ShapeVisitor : ExpressionVisitor
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo IndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    private static readonly MethodInfo Substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly PropertyInfo Length = typeof(string).GetProperty(nameof(string.Length))!;

    private readonly StringBuilder _shape;
    private readonly HashSet<Expression> _readsRow = new(ReferenceEqualityComparer.Instance);
    private readonly List<ParameterExpression> _parameters = [];
    private readonly DataSnapshot? _snapshot;

    public ShapeVisitor(string kind, Type row, Expression tree, DataSnapshot? snapshot)
    {
        _snapshot = snapshot;
        _shape = new StringBuilder(kind).Append(' ').Append(TypeId(row));
        ReadsRow(tree);
    }

    public ParameterExpression Values { get; } = Expression.Parameter(typeof(object[]), "values");

    public List<object?> Slots { get; } = [];

    public string Shape => _shape.ToString();

    public void Note(string text) => _shape.Append(' ').Append(text);

    public static string MemberId(MemberInfo member)
        => $"{member.MetadataToken:x}@{TypeId(member.DeclaringType!)}"
            + (member is MethodInfo { IsGenericMethod: true } method ? "<" + string.Join(',', method.GetGenericArguments().Select(TypeId)) + ">" : "");

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            _shape.Append(" _");
            return null;
        }

        if (!_readsRow.Contains(node) && node is not ConstantExpression { Value: null })
        {
            return Slot(SnapshotValues.Evaluate(node), node.Type);
        }

        _shape.Append(" (").Append((int)node.NodeType).Append(' ').Append(TypeId(node.Type));
        switch (node)
        {
            case MemberExpression member when _snapshot?.IsLoaded(member.Member) == false:
                throw new NotSupportedException($"{member.Member.DeclaringType?.Name}.{member.Member.Name} is not in the snapshot.");
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

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var call = (MethodCallExpression)base.VisitMethodCall(node);
        return call.Method == ToLower ? Expression.Call(SnapshotFunctions.Method(nameof(SnapshotFunctions.AsciiLower)), call.Object!)
            : call.Method == Substring ? Expression.Call(SnapshotFunctions.Method(nameof(SnapshotFunctions.Substr)), [call.Object!, .. call.Arguments])
            : call.Method == IndexOf ? Expression.Call(SnapshotFunctions.Method(nameof(SnapshotFunctions.IndexOfOrdinal)), call.Object!, call.Arguments[0])
            : call;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var receiver = Visit(node.Expression);
        if (node.Member == Length)
        {
            return Expression.Call(SnapshotFunctions.Method(nameof(SnapshotFunctions.CharacterLength)), receiver!);
        }

        if (receiver is null || node.Expression is ParameterExpression || receiver.Type.IsValueType
            || (node.Type.IsValueType && Nullable.GetUnderlyingType(node.Type) is null))
        {
            return node.Update(receiver);
        }

        // A member of a navigation (`s.Area.Names`): null when the navigation is missing, as SQL's LEFT JOIN gives.
        var target = Expression.Variable(receiver.Type, "target");
        return Expression.Block(node.Type, [target], Expression.Assign(target, receiver), Expression.Condition(
            Expression.Equal(target, Expression.Constant(null, receiver.Type)),
            Expression.Default(node.Type),
            Expression.MakeMemberAccess(target, node.Member)));
    }

    private static string TypeId(Type type) => type.TypeHandle.Value.ToString("x");

    /// Marks the nodes whose value depends on a lambda's parameter (the row, or an item of a list on it).
    private bool ReadsRow(Expression? node)
    {
        if (node is null)
        {
            return false;
        }

        var reads = node switch
        {
            ParameterExpression => true,
            LambdaExpression lambda => ReadsRow(lambda.Body) | true,
            MemberExpression member => ReadsRow(member.Expression),
            MethodCallExpression call => ReadsRow(call.Object) | call.Arguments.Aggregate(false, (any, a) => ReadsRow(a) | any),
            BinaryExpression binary => ReadsRow(binary.Left) | ReadsRow(binary.Right),
            UnaryExpression unary => ReadsRow(unary.Operand),
            ConditionalExpression conditional => ReadsRow(conditional.Test) | ReadsRow(conditional.IfTrue) | ReadsRow(conditional.IfFalse),
            _ => false,
        };
        if (reads)
        {
            _readsRow.Add(node);
        }

        return reads;
    }

    private UnaryExpression Slot(object? value, Type type)
    {
        _shape.Append(" $").Append(TypeId(type));
        Slots.Add(value);
        return Expression.Convert(Expression.ArrayIndex(Values, Expression.Constant(Slots.Count - 1)), type);
    }
}
