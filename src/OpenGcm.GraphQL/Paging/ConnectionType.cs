using GraphQL;
using GraphQL.Types;
using OpenGcm.GraphQL.Aggregates;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Snapshots;

namespace OpenGcm.GraphQL.Paging;

/// `XConnection { pageInfo edges nodes totalCount groupBy }` for the items of one list, built from
/// the list's name and its group-by fields; its items are the graph type mapped to T; one instance per list (ListFields keeps them).
public sealed class ConnectionType<T> : ObjectGraphType<Connection<T>>
{
    public ConnectionType(string listName, GroupByDefinition<T>? groupBy = null, IReadOnlyList<Measure<T>>? measures = null)
    {
        Name = $"{listName}Connection";
        Description = $"A page of {listName}, with cursors to walk the whole list.";
        var edge = new EdgeType<T>(listName);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the whole list.").Resolve(c => c.Source);
        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<GraphQLClrOutputTypeReference<T>>>>("nodes").Description("The items of this page, without "
            + "cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match `where` in the whole list, across all pages (one COUNT, run only when asked for).")
            .ResolveAsync(async c => await c.Source.GetTotalCountAsync(c.CancellationToken).ConfigureAwait(false));
        if (groupBy is { Fields.Count: > 0 })
        {
            AddGroupBy(groupBy);
        }

        if (measures is { Count: > 0 })
        {
            AggregateFields.Add(this, listName, groupBy ?? new GroupByDefinition<T>(listName), measures);
        }
    }

    private void AddGroupBy(GroupByDefinition<T> groupBy)
    {
        var fields = new EnumerationGraphType { Name = $"{groupBy.TypeName}GroupByField", Description = $"What to count {groupBy.TypeName} items by." };
        foreach (var field in groupBy.Fields)
        {
            fields.Add(field.Name, field, field.Description);
        }

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupCountType>>>>("groupBy")
            .Description("Counts of the items matching `where` (all pages), by one field, with SQL GROUP BY; largest count first, then by key.")
            .Argument(new NonNullGraphType(fields), "field", a => a.Description = "The field to count by.")
            .ResolveAsync(async c =>
            {
                var field = c.GetArgument<GroupByField<T>>("field");
                var counts = SnapshotGroups.Count(field, c.Source.Source)
                    ?? await c.Source.Source.RunAsync(field.CountAsync, c.CancellationToken).ConfigureAwait(false);
                return counts.OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            });
    }
}
