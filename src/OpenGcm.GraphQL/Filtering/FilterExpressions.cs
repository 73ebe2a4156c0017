using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Filtering;

/// Turns a parsed `where` argument into a predicate EF Core translates to SQL. Values become SQL
/// parameters, never text of the statement.
public static class FilterExpressions
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression<Func<T, bool>>? Build<T>(IFilterDefinition definition, IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Object(definition, parameter, where), parameter);
    }

    private static Expression Object(IFilterDefinition definition, Expression target, IDictionary<string, object?> input)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in input)
        {
            if (key is "and" or "or")
            {
                var items = Items(value, key).Select(item => Object(definition, target, Dict(item, key))).ToList();
                parts.Add(key == "and"
                    ? items.Aggregate((Expression)Expression.Constant(true), Expression.AndAlso)
                    : items.Count == 0 ? Expression.Constant(true) : items.Aggregate(Expression.OrElse));
                continue;
            }

            var field = definition.Fields.Single(f => f.Name == key);
            var member = ParameterReplacer.Replace(field.Member, target);
            if (value is null)
            {
                throw new ArgumentValueError(ErrorCodes.InvalidFilter, $"`{key}: null` has no meaning: leave `{key}` out, or use `{key}: {{eq: null}}` "
                    + "on a value.");
            }

            parts.Add(field.Kind switch
            {
                FilterFieldKind.Scalar => Scalar(key, member, field.ValueType, Dict(value, key)),
                FilterFieldKind.Object => Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)),
                    Object(field.Child!(), member, Dict(value, key))),
                _ => List(key, field.Child!(), member, Dict(value, key)),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression List(string name, IFilterDefinition child, Expression member, IDictionary<string, object?> input)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in input)
        {
            if (value is null)
            {
                throw new ArgumentValueError(ErrorCodes.InvalidFilter, $"`{name}: {{{key}: null}}` has no meaning: leave `{key}` out.");
            }

            if (key == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [child.EntityType], member);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var parameter = Expression.Parameter(child.EntityType, "item");
            var predicate = Expression.Lambda(Object(child, parameter, Dict(value, key)), parameter);
            parts.Add(key switch
            {
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [child.EntityType], member, predicate),
                "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [child.EntityType], member, predicate),
                _ => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [child.EntityType], member, predicate)),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Scalar(string name, Expression member, Type valueType, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (op is "and" or "or")
            {
                var items = Items(value, op).Select(item => Scalar(name, member, valueType, Dict(item, op))).ToList();
                parts.Add(op == "and"
                    ? items.Aggregate((Expression)Expression.Constant(true), Expression.AndAlso)
                    : items.Count == 0 ? Expression.Constant(true) : items.Aggregate(Expression.OrElse));
                continue;
            }

            if (value is null && op is not ("eq" or "neq"))
            {
                throw new ArgumentValueError(ErrorCodes.InvalidFilter, $"`{name}: {{{op}: null}}` has no meaning: only `eq` and `neq` take null (a "
                    + "missing value).");
            }

            parts.Add(op switch
            {
                "eq" or "neq" when value is null && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null =>
                    Expression.Constant(op == "neq"),
                "eq" => Expression.Equal(member, Parameter(value, member.Type)),
                "neq" => Expression.NotEqual(member, Parameter(value, member.Type)),
                "in" => In(member, valueType, value!),
                "nin" => Expression.Not(In(member, valueType, value!)),
                "gt" or "ngt" or "gte" or "ngte" or "lt" or "nlt" or "lte" or "nlte" => Compare(op, member, value!),
                "eqIgnoreCase" => Expression.Equal(Lower(member), Lower(Parameter(value, typeof(string)))),
                "containsIgnoreCase" => Text(nameof(string.Contains), Lower(member), Lower(Parameter(value, typeof(string))), false),
                "startsWithIgnoreCase" => Text(nameof(string.StartsWith), Lower(member), Lower(Parameter(value, typeof(string))), false),
                _ => Text(op.TrimStart('n') switch
                {
                    "contains" => nameof(string.Contains),
                    "startsWith" => nameof(string.StartsWith),
                    _ =>
                    nameof(string.EndsWith)
                }, member, Parameter(value, typeof(string)), op[0] == 'n'),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Compare(string op, Expression member, object value)
    {
        var right = Parameter(value, member.Type);
        Expression comparison = op.TrimStart('n') switch
        {
            "gt" => Expression.GreaterThan(member, right),
            "gte" => Expression.GreaterThanOrEqual(member, right),
            "lt" => Expression.LessThan(member, right),
            _ => Expression.LessThanOrEqual(member, right),
        };

        // A missing value is neither greater nor less: `ngt` means "not greater", so it includes nulls.
        return op[0] == 'n' ? Expression.Not(comparison) : comparison;
    }

    /// Case-sensitive text matching. StartsWith/EndsWith are written as substring equality because
    /// EF Core sends them to SQLite as LIKE, which ignores the case of A-Z.
    private static Expression Text(string method, Expression member, Expression value, bool negate)
    {
        var length = Expression.Property(value, nameof(string.Length));
        var memberLength = Expression.Property(member, nameof(string.Length));
        var substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
        Expression match = method switch
        {
            nameof(string.StartsWith) => Expression.AndAlso(
                Expression.GreaterThanOrEqual(memberLength, length),
                Expression.Equal(Expression.Call(member, substring, Expression.Constant(0), length), value)),
            nameof(string.EndsWith) => Expression.AndAlso(
                Expression.GreaterThanOrEqual(memberLength, length),
                Expression.Equal(Expression.Call(member, substring, Expression.Subtract(memberLength, length), length), value)),
            _ => Expression.Call(member, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, value),
        };
        var present = Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), match);
        return negate ? Expression.Not(present) : present;
    }

    private static MethodCallExpression Lower(Expression text) => Expression.Call(text, ToLower);

    private static MethodCallExpression In(Expression member, Type valueType, object value)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in Items(value, "in"))
        {
            list.Add(item is null ? null : Convert(item, valueType));
        }

        var box = Box(list, list.GetType());
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], box, member);
    }

    /// A value as a closure member, so that EF Core sends it as a SQL parameter.
    private static MemberExpression Parameter(object? value, Type type)
        => Box(value is null ? null : Convert(value, Nullable.GetUnderlyingType(type) ?? type), type);

    private static MemberExpression Box(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private static object Convert(object value, Type type)
        => type.IsInstanceOfType(value) ? value
            : type.IsEnum ? Enum.ToObject(type, value)
            : System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<object?> Items(object? value, string name)
        => value as IEnumerable<object?> ?? throw new ArgumentValueError(ErrorCodes.InvalidFilter, $"`{name}` takes a list.");

    private static IDictionary<string, object?> Dict(object? value, string name)
        => value as IDictionary<string, object?> ?? throw new ArgumentValueError(ErrorCodes.InvalidFilter, $"`{name}` takes an object.");

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
