namespace OpenGcm.GraphQL.Paging;

/// The row shape of a batched nested-list query: a parent key, its page of children and their count.
public sealed class NestedPage<TKey, TChild>
{
    public required TKey Key { get; init; }

    public required List<TChild> Items { get; init; }

    public int Count { get; init; }
}
