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
    // Looked up once: Expression.Call by name searches Enumerable's overloads on every request.
    private static readonly MethodInfo Grouped = typeof(AggregateQuery).GetMethod(nameof(RunGroupedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
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
        if (measures.Count > AggregateRow<int>.MaxMeasures)
        {
            throw new NotSupportedException($"At most {AggregateRow<int>.MaxMeasures} measures per list.");
        }

        var item = Expression.Parameter(typeof(T), "x");
        Expression key = keys.Count switch
        {
            0 => Expression.Constant(1),
            1 => Body(keys[0], item),
            2 => NewKey(Body(keys[0], item), Body(keys[1], item)),
            _ => throw new ArgumentOutOfRangeException(nameof(keys), "One or two keys."),
        };
        var method = Grouped.MakeGenericMethod(typeof(T), key.Type);
        var task = (Task<IReadOnlyList<AggregateResult>>)method.Invoke(null,
            [query, Expression.Lambda(key, item), keys.Count, measures, needs, cancellationToken])!;
        return await task.ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<AggregateResult>> RunGroupedAsync<T, TKey>(
        IQueryable<T> query, Expression<Func<T, TKey>> key, int keyCount, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs,
        CancellationToken cancellationToken)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, T>), "g");
        var row = measures.Count <= 2 ? typeof(AggregateRow2<TKey>) : typeof(AggregateRow10<TKey>);
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(row.GetProperty(nameof(AggregateRow<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, T>.Key))),
        };
        if (needs.Count)
        {
            bindings.Add(Expression.Bind(row.GetProperty(nameof(AggregateRow<TKey>.Count))!, Expression.Call(CountOf.MakeGenericMethod(typeof(T)), group)));
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

        var select = Expression.Lambda<Func<IGrouping<TKey, T>, AggregateRow<TKey>>>(Expression.MemberInit(Expression.New(row), bindings), group);
        var rows = await query.GroupBy(key).Select(select).ToListAsync(cancellationToken).ConfigureAwait(false);
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

    private static AggregateResult Result<T, TKey>(AggregateRow<TKey> row, int keyCount, IReadOnlyList<Measure<T>> measures, Slots slots)
    {
        string?[] keys = keyCount switch
        {
            0 => [],
            1 => [KeyText.Format(row.Key)],
            _ => [KeyText.Format(((IGroupKey?)row.Key)?.FirstValue), KeyText.Format(((IGroupKey?)row.Key)?.SecondValue)],
        };
        return new AggregateResult(keys, row.Count, Values(row, measures, slots.Sum, slots.NoLongs, SumAt),
            Values(row, measures, slots.Avg, slots.NoDoubles, AvgAt), Values(row, measures, slots.Min, slots.NoInts, MinAt),
            Values(row, measures, slots.Max, slots.NoInts, MaxAt));
    }

    /// One group's values of one kind by measure name; a kind the query does not read shares one dictionary of nulls.
    private static IReadOnlyDictionary<string, TValue?> Values<T, TKey, TValue>(
        AggregateRow<TKey> row, IReadOnlyList<Measure<T>> measures, bool[] computed, IReadOnlyDictionary<string, TValue?> none,
        Func<AggregateRow<TKey>, int, TValue?> at)
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

    private static long? SumAt<TKey>(AggregateRow<TKey> row, int i) => row.SumAt(i);

    private static double? AvgAt<TKey>(AggregateRow<TKey> row, int i) => row.AvgAt(i);

    private static int? MinAt<TKey>(AggregateRow<TKey> row, int i) => row.MinAt(i);

    private static int? MaxAt<TKey>(AggregateRow<TKey> row, int i) => row.MaxAt(i);

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
