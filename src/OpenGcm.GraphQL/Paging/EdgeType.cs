using GraphQL.Types;

namespace OpenGcm.GraphQL.Paging;

/// `XEdge { cursor node }`.
public sealed class EdgeType<T> : ObjectGraphType<Edge<T>>
{
    public EdgeType(string listName)
    {
        Name = $"{listName}Edge";
        Description = "An item of a page with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this item: pass it as `after` or "
            + "`before`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<GraphQLClrOutputTypeReference<T>>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
