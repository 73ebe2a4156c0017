using GraphQL;

using OpenGcm.GraphQL.Errors;

namespace OpenGcm.GraphQL.Paging;

/// Validated Relay paging arguments: `first`/`after` or `last`/`before`, as indexes.
public sealed record PageRequest(int? First, int? After, int? Last, int? Before)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var afterText = context.GetArgument<string?>("after");
        var beforeText = context.GetArgument<string?>("before");

        if (first is not null && last is not null)
        {
            throw new ArgumentValueError(ErrorCodes.FirstAndLastTogether, "Give either `first` or `last`, not both.");
        }

        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size < 0)
            {
                throw new ArgumentValueError(ErrorCodes.NegativePageSize, $"`{name}` must be zero or more; it was {size}.");
            }

            if (size > options.MaxPageSize)
            {
                throw new ArgumentValueError(ErrorCodes.PageSizeTooLarge, $"`{name}` may be at most {options.MaxPageSize}; it was {size}. Walk the "
                    + "list with `after: pageInfo.endCursor`.");
            }
        }

        var after = afterText is null ? (int?)null : Cursor.Decode(afterText, "after");
        var before = beforeText is null ? (int?)null : Cursor.Decode(beforeText, "before");
        if (first is null && last is null)
        {
            if (before is not null && after is null)
            {
                last = options.DefaultPageSize;
            }
            else
            {
                first = options.DefaultPageSize;
            }
        }

        return new PageRequest(first, after, last, before);
    }

    /// Index of the first item that may be returned.
    public int Start => After is int after ? after + 1 : 0;
}
