using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Paging;

namespace OpenGcm.GraphQL.Aggregates;

/// PostGraphile's aggregate shapes on a connection: `aggregates { count sum avg min max }` over the
/// whole filtered list, and `groupedAggregates(groupBy, orderBy, first)` by one or two keys. The
/// totals run in SQL (one statement); ordering and `first` apply to the groups it returns.
public static class AggregateFields
{
    public static void Add<T>(ObjectGraphType<Connection<T>> connection, string listName, GroupByDefinition<T> groups, IReadOnlyList<Measure<T>> measures)
    {
        var aggregates = AggregatesType(listName, measures);
        connection.Field("aggregates", new NonNullGraphType(aggregates))
            .Description("Count and totals of all items matching `where` (every page), in one SQL statement.")
            .ResolveAsync(async c =>
            {
                var rows = await RunAsync(c, c.Source.Source, [], measures, AggregateNeeds.Of(c, [])).ConfigureAwait(false);
                return rows.Count > 0 ? rows[0] : Empty(measures);
            });

        var keys = new EnumerationGraphType { Name = $"{listName}GroupBy", Description = $"What to total {listName} by." };
        foreach (var field in groups.Fields.Where(f => f.Key is not null))
        {
            keys.Add(field.Name, field.Key, field.Description);
        }

        connection.Field("groupedAggregates", new NonNullGraphType(new ListGraphType(new NonNullGraphType(aggregates))))
            .Description("Count and totals of the items matching `where` per group of one or two keys (SQL GROUP BY), ordered by `orderBy`.")
            .Argument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(keys))), "groupBy", a => a.Description = "One or two keys, e.g. "
                + "`[ORIGIN]` or `[YEAR, SEX]`.")
            .Argument(new ListGraphType(new NonNullGraphType(OrderType(listName, measures))), "orderBy", a => a.Description =
                "Order of the groups, the first entry first; the keys always break ties. Default: by keys.")
            .Argument<IntGraphType>("first", a => a.Description = "Only the first n groups in that order.")
            .ResolveAsync(async c =>
            {
                var by = c.GetArgument<List<object>>("groupBy").Cast<LambdaExpression>().ToList();
                if (by.Count is < 1 or > 2)
                {
                    throw new ArgumentValueError(ErrorCodes.InvalidGroupBy, $"`groupBy` takes one or two keys; it had {by.Count}.");
                }

                var first = c.GetArgument<int?>("first");
                if (first < 0)
                {
                    throw new ArgumentValueError(ErrorCodes.NegativePageSize, $"`first` must be zero or more; it was {first}.");
                }

                var order = (c.GetArgument<List<object>?>("orderBy") ?? []).Cast<AggregateOrder>().Append(KeysAscending).ToList();
                var rows = await RunAsync(c, c.Source.Source, by, measures, AggregateNeeds.Of(c, order)).ConfigureAwait(false);
                return Sort(rows, order, first);
            });
    }

    /// One statement: prepared when the list allows it (PreparedAggregates), else through EF Core.
    private static Task<IReadOnlyList<AggregateResult>> RunAsync<T>(
        IResolveFieldContext c, IFilteredSource<T> source, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs)
        => source is IPreparedSource { Prepared: { } prepared }
            ? prepared.Statements.RunAsync(c.FieldAst, prepared.List, source, keys, measures, needs, c.CancellationToken)
            : source.RunAsync((q, ct) => AggregateQuery.RunAsync(q, keys, measures, needs, ct), c.CancellationToken);

    private static readonly AggregateOrder KeysAscending = new(r => r.Keys.Count == 1 ? r.Keys[0] ?? string.Empty
        : string.Join('\u0001', r.Keys.Select(k => k ?? string.Empty)), false);

    /// The groups in `orderBy` order (a stable sort), the first n when asked; each group's sort values are read once,
    /// not at every comparison.
    private static List<AggregateResult> Sort(IReadOnlyList<AggregateResult> rows, List<AggregateOrder> order, int? first)
    {
        var keyed = new (AggregateResult Row, IComparable?[] Values)[rows.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var values = new IComparable?[order.Count];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = order[j].Value(rows[i]);
            }

            keyed[i] = (rows[i], values);
        }

        var sorted = keyed.Order(Comparer<(AggregateResult Row, IComparable?[] Values)>.Create((a, b) => Compare(a.Values, b.Values, order)));
        return [.. (first is int n ? sorted.Take(n) : sorted).Select(k => k.Row)];
    }

    private static int Compare(IComparable?[] a, IComparable?[] b, List<AggregateOrder> order)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (a[i], b[i]);
            var result = x is null ? (y is null ? 0 : -1) : y is null ? 1 : x.CompareTo(y);
            if (result != 0)
            {
                return order[i].Descending ? -result : result;
            }
        }

        return 0;
    }

    private static AggregateResult Empty<T>(IReadOnlyList<Measure<T>> measures)
        => new([], 0, measures.ToDictionary(m => m.Name, _ => (long?)null), measures.ToDictionary(m => m.Name, _ => (double?)null),
            measures.ToDictionary(m => m.Name, _ => (int?)null), measures.ToDictionary(m => m.Name, _ => (int?)null));

    private static ObjectGraphType<AggregateResult> AggregatesType<T>(string listName, IReadOnlyList<Measure<T>> measures)
    {
        var type = new ObjectGraphType<AggregateResult>
        {
            Name = $"{listName}Aggregates",
            Description = $"Count and totals of {listName} (of a group, "
            + "or of all)."
        };
        type.Field<NonNullGraphType<ListGraphType<StringGraphType>>>("keys")
            .Description("The group's key values in `groupBy` order (null for a missing value); empty for `aggregates`.")
            .Resolve(c => c.Source.Keys);
        type.Field<NonNullGraphType<IntGraphType>>("count").Description("Number of items.").Resolve(c => c.Source.Count);
        type.Field("sum", new NonNullGraphType(Totals<T, LongScalar>(listName, "Sum", "Sum", measures, (r, n) => r.Sum[n])))
            .Description("Sums (null when every value is missing).").Resolve(c => c.Source);
        type.Field("avg", new NonNullGraphType(Totals<T, FloatGraphType>(listName, "Average", "Mean", measures, (r, n) => r.Avg[n])))
            .Description("Means of the values that are present.").Resolve(c => c.Source);
        type.Field("min", new NonNullGraphType(Totals<T, IntGraphType>(listName, "Minimum", "Least value", measures, (r, n) => r.Min[n])))
            .Description("Least values.").Resolve(c => c.Source);
        type.Field("max", new NonNullGraphType(Totals<T, IntGraphType>(listName, "Maximum", "Greatest value", measures, (r, n) => r.Max[n])))
            .Description("Greatest values.").Resolve(c => c.Source);
        return type;
    }

    private static ObjectGraphType<AggregateResult> Totals<T, TScalar>(
        string listName, string kind, string what, IReadOnlyList<Measure<T>> measures, Func<AggregateResult, string, object?> value)
        where TScalar : ScalarGraphType
    {
        var type = new ObjectGraphType<AggregateResult> { Name = $"{listName}{kind}", Description = $"{what} of each measure of {listName}." };
        foreach (var measure in measures)
        {
            type.Field<TScalar>(measure.Name).Description($"{what} of `{measure.Name}`: {measure.Description}").Resolve(c => value(c.Source, measure.Name));
        }

        return type;
    }

    private static EnumerationGraphType OrderType<T>(string listName, IReadOnlyList<Measure<T>> measures)
    {
        var type = new EnumerationGraphType { Name = $"{listName}GroupedAggregatesOrderBy", Description = $"How to order grouped aggregates of {listName}." };
        void Add(string name, Func<AggregateResult, IComparable?> value, string description, string? kind = null, string? measure = null)
        {
            type.Add($"{name}_ASC", new AggregateOrder(value, false, kind, measure), $"{description}, ascending.");
            type.Add($"{name}_DESC", new AggregateOrder(value, true, kind, measure), $"{description}, descending.");
        }

        Add("KEYS", KeysAscending.Value, "By the keys");
        Add("COUNT", r => r.Count, "By count", "count");
        foreach (var m in measures)
        {
            var constant = m.Name.ToConstantCase();
            Add($"SUM_{constant}", r => r.Sum[m.Name], $"By the sum of `{m.Name}`", AggregateNeeds.Sum, m.Name);
            Add($"AVG_{constant}", r => r.Avg[m.Name], $"By the mean of `{m.Name}`", AggregateNeeds.Avg, m.Name);
            Add($"MIN_{constant}", r => r.Min[m.Name], $"By the least `{m.Name}`", AggregateNeeds.Min, m.Name);
            Add($"MAX_{constant}", r => r.Max[m.Name], $"By the greatest `{m.Name}`", AggregateNeeds.Max, m.Name);
        }

        return type;
    }
}
