using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Lists;

/// The columns a field reads, kept in the field's metadata where the field is declared; the
/// projection of a list (the columns its SQL reads) is derived from them at schema build.
public static class Columns
{
    /// Metadata key of a field's columns (an array of entity members, possibly empty).
    public const string MetadataKey = "OpenGcm.Columns";

    private static readonly ConditionalWeakTable<IComplexGraphType, object> Projections = [];

    /// Declares the columns this field's resolver reads (none for fields computed from the key).
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params Expression<Func<TSource, object?>>[] members)
        => field.Reads([.. members.SelectMany(m => Of(m))]);

    internal static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, MemberInfo[] members)
        => field.WithMetadata(MetadataKey, members);

    /// The fields of a list-served type that declare no columns: each would make a list read every column.
    public static IReadOnlyList<string> Undeclared(IComplexGraphType type)
        => [.. type.Fields.Where(f => !f.HasMetadata(MetadataKey)).Select(f => f.Name)];

    /// The members of T that an expression reads (`s => s.Symbol != null ? ... : null` reads Symbol).
    public static MemberInfo[] Of(LambdaExpression expression)
    {
        var finder = new MemberFinder(expression.Parameters[0]);
        finder.Visit(expression.Body);
        return [.. finder.Members.Distinct()];
    }

    /// `x => new T { ... }` with the key and the columns of the selected fields of `type`; null (every
    /// column) when a selected field declares none.
    public static Expression<Func<T, T>>? Projection<T, TKey>(IComplexGraphType type, KeySelector<T, TKey> key, IReadOnlyCollection<string> selected)
    {
        var definition = (ProjectionDefinition<T>)Projections.GetValue(type, t =>
        {
            var projection = new ProjectionDefinition<T>().Always(Of(key.Expression));
            foreach (var field in t.Fields.Where(f => f.HasMetadata(MetadataKey)))
            {
                projection.Field(field.Name, field.GetMetadata<MemberInfo[]>(MetadataKey)!);
            }

            return projection;
        });
        return definition.For(selected);
    }

    private sealed class MemberFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public List<MemberInfo> Members { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == parameter)
            {
                Members.Add(node.Member);
                return node;
            }

            return base.VisitMember(node);
        }
    }
}
