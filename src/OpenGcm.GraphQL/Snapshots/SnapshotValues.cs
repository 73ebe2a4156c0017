using System.Linq.Expressions;
using System.Reflection;

namespace OpenGcm.GraphQL.Snapshots;

/// Computes a subtree that does not read the row, once, as EF Core's funcletizer does before it sends the value as
/// a parameter: values held by closures, and .NET calls on them (`value.ToLower()`, `value.Length`).
internal static class SnapshotValues
{
    public static object? Evaluate(Expression node) => node switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        MethodCallExpression call => call.Method.Invoke(call.Object is null ? null : Evaluate(call.Object), [.. call.Arguments.Select(Evaluate)]),
        UnaryExpression { NodeType: ExpressionType.Convert } convert when Evaluate(convert.Operand) is var value
            && (value is null || (Nullable.GetUnderlyingType(convert.Type) ?? convert.Type).IsInstanceOfType(value)) => value,
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)(),
    };
}
