using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using OpenGcm.GraphQL.Aggregates;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.GraphQL.Lists;

/// Everything a list of T offers, declared once next to the entity: its key and default order, and
/// one line per field saying what the field is and what it may be used for (output, `where`,
/// `order`, `groupBy`). The output fields, the filter and sort inputs, the group-by enum and the
/// columns a list reads are all derived from these lines.
public sealed class ListDefinition<T, TKey> : IListDefinition<T>
    where T : class
    where TKey : notnull
{
    private readonly List<Column> _columns = [];
    private readonly List<Measure<T>> _measures = [];

    public ListDefinition(string typeName, string listName, Expression<Func<T, TKey>> key)
    {
        TypeName = typeName;
        ListName = listName;
        Key = new KeySelector<T, TKey>(key);
        Filter = new FilterDefinition<T>(typeName);
        Sort = new SortDefinition<T>(typeName);
        Groups = new GroupByDefinition<T>(listName);
        Default = new QueryShape<T> { Sort = [new SortField(key, false)] };
    }

    public string TypeName { get; }

    public string ListName { get; }

    public KeySelector<T, TKey> Key { get; }

    public FilterDefinition<T> Filter { get; }

    public SortDefinition<T> Sort { get; }

    public GroupByDefinition<T> Groups { get; }

    /// The order when `order` is not given: by the key, which also ends every other order.
    public QueryShape<T> Default { get; }

    /// A field read from the row: an output field (reading the members in `value`) and, as `use`
    /// says, a `where` field, an `order` field and a `groupBy` value (named in CONSTANT_CASE).
    public ListDefinition<T, TKey> Field<TValue>(
        string name, Expression<Func<T, TValue>> value, string description, Use use = Use.Output, Type? graphType = null, bool? nullable = null)
    {
        if (use.HasFlag(Use.Output))
        {
            var isNullable = nullable ?? IsNullable(value);
            _columns.Add(new Column(name, type =>
            {
                var field = graphType is null
                    ? type.Field(name, value, isNullable)
                    : type.Field(name, value, isNullable ? graphType : typeof(NonNullGraphType<>).MakeGenericType(graphType));
                field.Description(description);
                field.Reads(Columns.Of(value));
            }));
        }

        if (use.HasFlag(Use.Filter))
        {
            Filter.Field(name, value, description);
        }

        if (use.HasFlag(Use.Sort))
        {
            Sort.Field(name, value, description);
        }

        if (use.HasFlag(Use.Group))
        {
            Groups.Field(name.ToConstantCase(), value, description);
        }

        return this;
    }

    /// A related object: filtered and (with `sortable`) sorted through its own definition.
    public ListDefinition<T, TKey> Object<TChild>(
        string name, Expression<Func<T, TChild?>> member, Func<IListDefinition<TChild>> child, string description, bool sortable = false)
        where TChild : class
    {
        Filter.Object(name, member, () => child().Filter, description);
        if (sortable)
        {
            Sort.Object(name, member, () => child().Sort, description);
        }

        return this;
    }

    /// An object that is no list entity of its own (owned values such as names), filtered through `filter`.
    public ListDefinition<T, TKey> FilterObject<TChild>(string name, Expression<Func<T, TChild?>> member, Func<FilterDefinition<TChild>> filter,
        string description)
    {
        Filter.Object(name, member, filter, description);
        return this;
    }

    /// A list of related objects, filtered with `some`, `all`, `none` and `any`.
    public ListDefinition<T, TKey> List<TChild>(string name, Expression<Func<T, IEnumerable<TChild>>> member, Func<IListDefinition<TChild>> child,
        string description)
        where TChild : class
    {
        Filter.List(name, member, () => child().Filter, description);
        return this;
    }

    /// Places a `where` or `order` field, or a `groupBy` value (by its CONSTANT_CASE name), before another in those
    /// inputs only (after both are declared). The inputs' order predates one declaration per entity (#11), and the public schema kept it.
    public ListDefinition<T, TKey> PlaceBefore(Use inputs, string name, string before)
    {
        if (inputs.HasFlag(Use.Filter))
        {
            Filter.MoveBefore(name, before);
        }

        if (inputs.HasFlag(Use.Sort))
        {
            Sort.MoveBefore(name, before);
        }

        if (inputs.HasFlag(Use.Group))
        {
            Groups.MoveBefore(name, before);
        }

        return this;
    }

    /// A `groupBy` value that is no output field of its own.
    public ListDefinition<T, TKey> Group<TValue>(string name, Expression<Func<T, TValue>> value, string description)
    {
        Groups.Field(name, value, description);
        return this;
    }

    /// Counts by each value of a list on the item: an item with three values counts once for each.
    public ListDefinition<T, TKey> GroupMany<TValue>(string name, Expression<Func<T, IEnumerable<TValue>>> values, string description)
    {
        Groups.Many(name, values, description);
        return this;
    }

    /// The numeric columns that `aggregates` and `groupedAggregates` total.
    public IReadOnlyList<Measure<T>> Measures => _measures;

    /// A numeric column the list totals (sum, average, least, greatest), declared as an output field too.
    public ListDefinition<T, TKey> Measure(string name, Expression<Func<T, int?>> value, string description, Use use = Use.All)
    {
        _measures.Add(new Measure<T>(name, description, value));
        return Field(name, value, description, use);
    }

    /// A numeric column the list totals (sum, average, least, greatest), declared as an output field too.
    public ListDefinition<T, TKey> Measure(string name, Expression<Func<T, int>> value, string description, Use use = Use.All)
    {
        _measures.Add(new Measure<T>(name, description, Expression.Lambda<Func<T, int?>>(Expression.Convert(value.Body, typeof(int?)), value.Parameters)));
        return Field(name, value, description, use);
    }

    /// Adds the declared output fields to the graph type, in declaration order: all that are left,
    /// or those up to and including `until` (so hand-written fields can sit between them).
    public void AddFields(ObjectGraphType<T> type, string? until = null)
    {
        var added = type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var column in _columns.Where(c => !added.Contains(c.Name)))
        {
            column.Add(type);
            if (column.Name == until)
            {
                return;
            }
        }
    }

    private static bool IsNullable<TValue>(Expression<Func<T, TValue>> value)
    {
        if (typeof(TValue).IsValueType)
        {
            return Nullable.GetUnderlyingType(typeof(TValue)) is not null;
        }

        return value.Body is not MemberExpression { Member: PropertyInfo property }
            || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
    }

    private sealed record Column(string Name, Action<ObjectGraphType<T>> Add);
}

/// What a declared field may be used for.
[Flags]
public enum Use
{
    /// Only declared for `where`, `order` or `groupBy`, not an output field.
    None = 0,
    Output = 1,
    Filter = 2,
    Sort = 4,
    Group = 8,
    All = Output | Filter | Sort,
}
