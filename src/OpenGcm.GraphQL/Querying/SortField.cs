using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Querying;

/// One key of an ORDER BY: an expression over the entity and a direction.
public sealed record SortField(LambdaExpression Key, bool Descending)
{
    public static SortField Ascending<T, TKey>(Expression<Func<T, TKey>> key) => new(key, false);

    public SortField Reversed() => this with { Descending = !Descending };
}
