using GraphQL.Types;

namespace OpenGcm.GraphQL.Paging;

/// Relay's PageInfo, read off any Connection<T>.
public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items come before this page.").Resolve(c =>
            c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of this page; null when the page is "
            + "empty.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of this page, to pass as `after` for the next page; null when the "
            + "page is empty.").Resolve(c => c.Source.EndCursor);
    }
}

public interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
