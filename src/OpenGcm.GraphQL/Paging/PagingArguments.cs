using GraphQL.Types;

namespace OpenGcm.GraphQL.Paging;

/// The four Relay paging arguments, described once for every connection field.
public static class PagingArguments
{
    public static QueryArguments Create(PagingOptions options) =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Return the first n items after `after` (default {options.DefaultPageSize}, "
            + $"at most {options.MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Start after the item with this cursor." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"Return the last n items before `before` (at most {options.MaxPageSize}); not "
            + "together with `first`." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "End before the item with this cursor." },
    ];
}
