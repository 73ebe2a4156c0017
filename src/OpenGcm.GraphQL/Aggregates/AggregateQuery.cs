using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenGcm.GraphQL.Grouping;

namespace OpenGcm.GraphQL.Aggregates;

/// Builds and runs one SQL statement of aggregates: `SELECT keys, COUNT(*), SUM(m), MIN(m), MAX(m),
/// AVG(m) ... FROM (filtered list) GROUP BY keys`, with zero, one or two keys, computing only what
/// the query needs (the rest stays null and is never read).
public static class AggregateQuery
{
    // Looked up once: Expression.Call by name searches the overloads on every request.
    private static readonly MethodInfo GroupByOf = ((Func<IQueryable<object>, Expression<Func<object, object>>, IQueryable<IGrouping<object, object>>>)
        Queryable.GroupBy).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo SelectOf = ((Func<IQueryable<object>, Expression<Func<object, object>>, IQueryable<object>>)Queryable.Select).Method
        .GetGenericMethodDefinition();
    private static readonly MethodInfo CountOf = ((Func<IEnumerable<object>, int>)Enumerable.Count).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo SumOf = ((Func<IEnumerable<object>, Func<object, long?>, long?>)Enumerable.Sum).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo MinOf = ((Func<IEnumerable<object>, Func<object, int?>, int?>)Enumerable.Min).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo MaxOf = ((Func<IEnumerable<object>, Func<object, int?>, int?>)Enumerable.Max).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo AvgOf = ((Func<IEnumerable<object>, Func<object, double?>, double?>)Enumerable.Average).Method
        .GetGenericMethodDefinition();

    public static async Task<IReadOnlyList<AggregateResult>> RunAsync<T>(
        IQueryable<T> query, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs,
        CancellationToken cancellationToken)
    {
        var rows = await Statement(query, keys, measures, needs).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Results(rows, keys.Count, measures, needs);
    }

    /// The statement as a query for EF Core to translate: `query.GroupBy(keys).Select(g => new AggregateRow2<TKey> { Key,
    /// Count, Sum0, ... })`, with the row type's key type known only here (hence expressions, not generic calls).
    public static IQueryable<AggregateRow> Statement<T>(
        IQueryable<T> query, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs)
    {
        if (measures.Count > AggregateRow.MaxMeasures)
        {
            throw new NotSupportedException($"At most {AggregateRow.MaxMeasures} measures per list.");
        }

        var item = Expression.Parameter(typeof(T), "x");
        Expression key = keys.Count switch
        {
            0 => Expression.Constant(1),
            1 => Body(keys[0], item),
            2 => NewKey(Body(keys[0], item), Body(keys[1], item)),
            _ => throw new ArgumentOutOfRangeException(nameof(keys), "One or two keys."),
        };
        var group = Expression.Parameter(typeof(IGrouping<,>).MakeGenericType(key.Type, typeof(T)), "g");
        var row = (measures.Count <= 2 ? typeof(AggregateRow2<>) : typeof(AggregateRow10<>)).MakeGenericType(key.Type);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(row.GetProperty(nameof(AggregateRow<int>.Key))!, Expression.Property(group, nameof(IGrouping<int, T>.Key))),
        };
        if (needs.Count)
        {
            bindings.Add(Expression.Bind(row.GetProperty(nameof(AggregateRow.Count))!, Expression.Call(CountOf.MakeGenericMethod(typeof(T)), group)));
        }

        for (var i = 0; i < measures.Count; i++)
        {
            var (name, value) = (measures[i].Name, measures[i].Value);
            if (needs.Has(AggregateNeeds.Sum, name))
            {
                bindings.Add(Bind(row, $"Sum{i}", group, SumOf, Convert<T, long?>(value)));
            }

            if (needs.Has(AggregateNeeds.Min, name))
            {
                bindings.Add(Bind(row, $"Min{i}", group, MinOf, value));
            }

            if (needs.Has(AggregateNeeds.Max, name))
            {
                bindings.Add(Bind(row, $"Max{i}", group, MaxOf, value));
            }

            if (needs.Has(AggregateNeeds.Avg, name))
            {
                bindings.Add(Bind(row, $"Avg{i}", group, AvgOf, Convert<T, double?>(value)));
            }
        }

        var grouped = Expression.Call(GroupByOf.MakeGenericMethod(typeof(T), key.Type), query.Expression, Expression.Quote(Expression.Lambda(key, item)));
        var select = Expression.Lambda(Expression.MemberInit(Expression.New(row), bindings), group);
        var selected = Expression.Call(SelectOf.MakeGenericMethod(group.Type, row), grouped, Expression.Quote(select));
        return (IQueryable<AggregateRow>)query.Provider.CreateQuery(selected);
    }

    /// The groups' answers, keyed by measure name.
    public static AggregateResult[] Results<T>(IReadOnlyList<AggregateRow> rows, int keyCount, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs)
    {
        var slots = new Slots(
            Computed(measures, AggregateNeeds.Sum, needs), Computed(measures, AggregateNeeds.Avg, needs),
            Computed(measures, AggregateNeeds.Min, needs), Computed(measures, AggregateNeeds.Max, needs),
            measures.ToDictionary(m => m.Name, _ => (long?)null), measures.ToDictionary(m => m.Name, _ => (double?)null),
            measures.ToDictionary(m => m.Name, _ => (int?)null));
        var results = new AggregateResult[rows.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Result(rows[i], keyCount, measures, slots);
        }

        return results;
    }

    /// Which measures have an aggregate of this kind in the statement, decided once per statement, not per row.
    private static bool[] Computed<T>(IReadOnlyList<Measure<T>> measures, string kind, AggregateNeeds needs)
        => [.. measures.Select(m => needs.Has(kind, m.Name))];

    private static AggregateResult Result<T>(AggregateRow row, int keyCount, IReadOnlyList<Measure<T>> measures, Slots slots)
    {
        string?[] keys = keyCount switch
        {
            0 => [],
            1 => [KeyText.Format(row.KeyValue)],
            _ => [KeyText.Format(((IGroupKey?)row.KeyValue)?.FirstValue), KeyText.Format(((IGroupKey?)row.KeyValue)?.SecondValue)],
        };
        return new AggregateResult(keys, row.Count, Values(row, measures, slots.Sum, slots.NoLongs, SumAt),
            Values(row, measures, slots.Avg, slots.NoDoubles, AvgAt), Values(row, measures, slots.Min, slots.NoInts, MinAt),
            Values(row, measures, slots.Max, slots.NoInts, MaxAt));
    }

    /// One group's values of one kind by measure name; a kind the query does not read shares one dictionary of nulls.
    private static IReadOnlyDictionary<string, TValue?> Values<T, TValue>(
        AggregateRow row, IReadOnlyList<Measure<T>> measures, bool[] computed, IReadOnlyDictionary<string, TValue?> none,
        Func<AggregateRow, int, TValue?> at)
        where TValue : struct
    {
        if (Array.IndexOf(computed, true) < 0)
        {
            return none;
        }

        var values = new Dictionary<string, TValue?>(measures.Count);
        for (var i = 0; i < measures.Count; i++)
        {
            values[measures[i].Name] = computed[i] ? at(row, i) : null;
        }

        return values;
    }

    private static long? SumAt(AggregateRow row, int i) => row.SumAt(i);

    private static double? AvgAt(AggregateRow row, int i) => row.AvgAt(i);

    private static int? MinAt(AggregateRow row, int i) => row.MinAt(i);

    private static int? MaxAt(AggregateRow row, int i) => row.MaxAt(i);

    private static MemberAssignment Bind(Type row, string property, ParameterExpression group, MethodInfo aggregate, LambdaExpression selector)
        => Expression.Bind(row.GetProperty(property)!, Expression.Call(aggregate.MakeGenericMethod(selector.Parameters[0].Type), group, selector));

    private static Expression<Func<T, TResult>> Convert<T, TResult>(Expression<Func<T, int?>> value)
        => Expression.Lambda<Func<T, TResult>>(Expression.Convert(value.Body, typeof(TResult)), value.Parameters);

    private static Expression Body(LambdaExpression key, ParameterExpression item) => Querying.ParameterReplacer.Replace(key, item);

    private static NewExpression NewKey(Expression first, Expression second)
    {
        var type = typeof(GroupKey<,>).MakeGenericType(first.Type, second.Type);
        return Expression.New(type.GetConstructors()[0], [first, second], type.GetProperty("First")!, type.GetProperty("Second")!);
    }
}
