using OpenGcm.GraphQL.Paging;

namespace OpenGcm.GraphQL.Snapshots;

/// Pages of a filtered, sorted list in memory, cut exactly as RootConnection and NestedConnections cut them in
/// SQL (the same arithmetic on the same PageRequest), so cursors and pageInfo are the same.
internal static class SnapshotPaging
{
    /// A root list's page: as RootConnection.
    public static Connection<T> Root<T>(IReadOnlyList<T> rows, PageRequest page)
    {
        var start = page.Start;
        int skip;
        T[] items;
        bool hasNext;
        if (page.Last is int last)
        {
            var end = page.Before ?? rows.Count;
            skip = Math.Max(start, end - last);
            items = Slice(rows, skip, Math.Max(0, end - skip));
            hasNext = page.Before is not null;
        }
        else
        {
            var first = page.First ?? 0;
            skip = start;
            var limit = page.Before is int before ? Math.Min(first, Math.Max(0, before - start)) : first;
            items = Slice(rows, skip, limit + 1);
            hasNext = items.Length > limit;
            if (hasNext)
            {
                items = Slice(items, 0, limit);
            }
        }

        return new Connection<T>(items, skip, skip > 0, hasNext, rows.Count, new SnapshotSource<T>(rows));
    }

    /// A nested list's page under one parent (`rows` null: the parent is not in the snapshot): as NestedConnections.
    public static Connection<T> Nested<T>(IReadOnlyList<T>? rows, PageRequest page)
    {
        var start = page.Start;
        if (rows is null)
        {
            return new Connection<T>([], start, false, false, 0, new SnapshotSource<T>([]));
        }

        // What the SQL returns for the parent: the sorted rows (reversed for `last` without `before`), sliced.
        var window = NestedWindow.Of(page);
        var items = new List<T>(window.Reverse ? Slice(rows.Reverse().ToArray(), window.Skip, window.Take) : Slice(rows, window.Skip, window.Take));
        var (index, hasPrevious, hasNext) = window.Trim(items, rows.Count);
        return new Connection<T>(items, index, hasPrevious, hasNext, rows.Count, new SnapshotSource<T>(rows));
    }

    private static T[] Slice<T>(IReadOnlyList<T> rows, int skip, int take)
    {
        var count = Math.Max(0, Math.Min(take, rows.Count - skip));
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = rows[skip + i];
        }

        return items;
    }
}
