using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Querying;

/// What `where` and `order` ask of a list, as expressions that EF Core turns into SQL.
/// The same shape applies to a root list and, inside a projection, to a nested one.
public sealed class QueryShape<T>
{
    public Expression<Func<T, bool>>? Filter { get; init; }

    /// Sort keys in priority order; the entity's unique key must be the last, so pages are stable.
    public required IReadOnlyList<SortField> Sort { get; init; }

    /// Only the columns the query selects (`x => new T { ... }`); null reads every column.
    public Expression<Func<T, T>>? Projection { get; init; }

    public IQueryable<T> ApplyProjection(IQueryable<T> source)
        => Projection is null ? source : source.Select(Projection);

    public IQueryable<T> ApplyFilter(IQueryable<T> source)
        => Filter is null ? source : source.Where(Filter);

    public IQueryable<T> ApplySort(IQueryable<T> source, bool reverse = false)
    {
        var expression = source.Expression;
        for (var i = 0; i < Sort.Count; i++)
        {
            var field = reverse ? Sort[i].Reversed() : Sort[i];
            var method = (i == 0, field.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(
                typeof(Queryable),
                method,
                [typeof(T), field.Key.ReturnType],
                expression,
                Expression.Quote(field.Key));
        }

        return source.Provider.CreateQuery<T>(expression);
    }
}
