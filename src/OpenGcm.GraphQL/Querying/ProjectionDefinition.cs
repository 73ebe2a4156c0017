using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace OpenGcm.GraphQL.Querying;

/// Which columns each GraphQL field of an entity needs, so a list reads only the selected columns.
/// A selected field that is not declared makes the projection fall back to every column.
public sealed class ProjectionDefinition<T>
{
    private readonly List<MemberInfo> _always = [];
    private readonly Dictionary<string, MemberInfo[]> _fields = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Expression<Func<T, T>>?> _built = new(StringComparer.Ordinal);

    /// Columns read whatever is selected: the key (batch loading needs it).
    public ProjectionDefinition<T> Always(params Expression<Func<T, object?>>[] members)
        => Always([.. members.Select(Member)]);

    public ProjectionDefinition<T> Always(MemberInfo[] members)
    {
        _always.AddRange(members);
        return this;
    }

    /// A GraphQL field and the columns its resolver reads (none for fields computed from Always columns).
    public ProjectionDefinition<T> Field(string name, params Expression<Func<T, object?>>[] members)
        => Field(name, [.. members.Select(Member)]);

    public ProjectionDefinition<T> Field(string name, MemberInfo[] members)
    {
        _fields[name] = members;
        return this;
    }

    /// `x => new T { A = x.A, ... }` for the selected fields; null (all columns) when one is not declared.
    public Expression<Func<T, T>>? For(IReadOnlyCollection<string> selectedFields)
    {
        var key = string.Join(',', selectedFields.Order(StringComparer.Ordinal));
        return _built.GetOrAdd(key, _ =>
        {
            if (selectedFields.Any(f => !f.StartsWith("__", StringComparison.Ordinal) && !_fields.ContainsKey(f)))
            {
                return null;
            }

            var members = _always.Concat(selectedFields.Where(_fields.ContainsKey).SelectMany(f => _fields[f])).Distinct().ToList();
            var parameter = Expression.Parameter(typeof(T), "x");
            var bindings = members.Select(m => (MemberBinding)Expression.Bind(m, Expression.MakeMemberAccess(parameter, m)));
            return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), parameter);
        });
    }

    private static MemberInfo Member(Expression<Func<T, object?>> member)
        => (member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body) is MemberExpression access
            ? access.Member
            : throw new ArgumentException($"{member} is not a member access.", nameof(member));
}
