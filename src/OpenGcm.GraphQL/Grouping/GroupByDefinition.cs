using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace OpenGcm.GraphQL.Grouping;

/// The fields a list can be counted by, one line each; `XGroupByField` is derived from this list.
/// Each runs as SQL `GROUP BY` over the list's filtered query.
public sealed class GroupByDefinition<T>(string typeName)
{
    private readonly List<GroupByField<T>> _fields = [];

    public string TypeName => typeName;

    public IReadOnlyList<GroupByField<T>> Fields => _fields;

    /// Counts by a value of each item (key null where the item has none).
    public GroupByDefinition<T> Field<TKey>(string name, Expression<Func<T, TKey>> key, string description)
    {
        _fields.Add(new GroupByField<T>(name, description, async (query, ct) =>
            (await query.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false))
                .Select(g => new GroupCount(KeyText.Format(g.Key), g.Count)).ToList(), key));
        return this;
    }

    /// Counts by each value of a list on the item: an item with three values counts once for each.
    public GroupByDefinition<T> Many<TKey>(string name, Expression<Func<T, IEnumerable<TKey>>> keys, string description)
    {
        _fields.Add(new GroupByField<T>(name, description, async (query, ct) =>
            (await query.SelectMany(keys).GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false))
                .Select(g => new GroupCount(KeyText.Format(g.Key), g.Count)).ToList(), Values: keys));
        return this;
    }

    /// Moves a value before another in `XGroupByField` (ListDefinition.PlaceBefore).
    public void MoveBefore(string name, string before) => Lists.Placement.MoveBefore(_fields, f => f.Name, name, before);
}

/// One value to count by; `Key` is its expression for grouped aggregates (null for a list's values, counted with SelectMany
/// over `Values`).
public sealed record GroupByField<T>(string Name, string Description, Func<IQueryable<T>, CancellationToken, Task<List<GroupCount>>> CountAsync,
    LambdaExpression? Key = null, LambdaExpression? Values = null);
