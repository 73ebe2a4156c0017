using Microsoft.EntityFrameworkCore;

namespace OpenGcm.GraphQL.Paging;

/// One page of a list, with what is needed for `edges`, `pageInfo` and a lazy `totalCount`.
public sealed class Connection<T> : IPageInfo
{
    private int? _total;

    public Connection(IReadOnlyList<T> items, int startIndex, bool hasPreviousPage, bool hasNextPage, int? total, IFilteredSource<T> source)
    {
        Items = items;
        StartIndex = startIndex;
        HasPreviousPage = hasPreviousPage;
        HasNextPage = hasNextPage;
        _total = total;
        Source = source;
    }

    /// The whole filtered list, for `totalCount` and `groupBy`.
    public IFilteredSource<T> Source { get; }

    public IReadOnlyList<T> Items { get; }

    public int StartIndex { get; }

    public bool HasPreviousPage { get; }

    public bool HasNextPage { get; }

    public IEnumerable<Edge<T>> Edges => Items.Select((item, i) => new Edge<T>(Cursor.Encode(StartIndex + i), item));

    public string? StartCursor => Items.Count == 0 ? null : Cursor.Encode(StartIndex);

    public string? EndCursor => Items.Count == 0 ? null : Cursor.Encode(StartIndex + Items.Count - 1);

    /// Runs one COUNT only when `totalCount` is selected and the total is not already known.
    public async Task<int> GetTotalCountAsync(CancellationToken cancellationToken)
        => _total ??= await Source.RunAsync((query, ct) => query.CountAsync(ct), cancellationToken).ConfigureAwait(false);
}

public sealed record Edge<T>(string Cursor, T Node);
