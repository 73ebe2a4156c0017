using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.GraphQL.Querying;

/// The `where` and `order` arguments of a list field and the QueryShape they ask for.
public static class QueryShapes
{
    public static QueryArguments Arguments(QueryInputTypes types, IFilterDefinition filter, ISortDefinition sort) =>
    [
        new QueryArgument(types.Filter(filter)) { Name = "where", Description = "Only the items that match these conditions (run in SQL)." },
        new QueryArgument(new ListGraphType(new NonNullGraphType(types.Sort(sort)))) { Name = "order", Description = "Sort by these fields, the first "
            + "entry first; the unique key always breaks ties so pages are stable." },
    ];

    /// The shape for this field: `where` as the filter, `order` then the default sort (which ends with the unique key).
    public static QueryShape<T> From<T>(IResolveFieldContext context, IFilterDefinition filter, ISortDefinition sort, QueryShape<T> defaults,
        Expression<Func<T, T>>? projection = null)
    {
        var where = FilterExpressions.Build<T>(filter, context.GetArgument<Dictionary<string, object?>?>("where"));
        var order = SortExpressions.Build<T>(sort, context.GetArgument<List<object?>?>("order"));
        return new QueryShape<T> { Filter = where ?? defaults.Filter, Sort = [.. order, .. defaults.Sort], Projection = projection };
    }
}
