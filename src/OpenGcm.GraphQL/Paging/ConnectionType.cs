using GraphQL;
using GraphQL.Types;
using OpenGcm.GraphQL.Grouping;

namespace OpenGcm.GraphQL.Paging;

/// `XConnection { pageInfo edges nodes totalCount }` for node type TNodeType; subclasses give the name.
public abstract class ConnectionType<T, TNodeType, TEdgeType> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : EdgeType<T, TNodeType>
{
    protected ConnectionType(string listName, string itemDescription, GroupByDefinition<T>? groupBy = null)
    {
        Name = $"{listName}Connection";
        Description = $"A page of {itemDescription}, with cursors to walk the whole list.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the whole list.").Resolve(c => c.Source);
        Field<ListGraphType<NonNullGraphType<TEdgeType>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("The items of this page, without cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match `where` in the whole list, across all pages (one COUNT, run only when asked for).")
            .ResolveAsync(async c => await c.Source.GetTotalCountAsync(c.CancellationToken).ConfigureAwait(false));
        if (groupBy is not null)
        {
            AddGroupBy(groupBy);
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
                var counts = await c.Source.Source.RunAsync(field.CountAsync, c.CancellationToken).ConfigureAwait(false);
                return counts.OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            });
    }
}

/// `XEdge { cursor node }`; subclasses give the name.
public abstract class EdgeType<T, TNodeType> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    protected EdgeType(string listName)
    {
        Name = $"{listName}Edge";
        Description = "An item of a page with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this item: pass it as `after` or `before`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
