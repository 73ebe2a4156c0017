namespace OpenGcm.GraphQL.Paging;

/// How one page of a nested list is read under each parent, the same in SQL (NestedConnections) and in the snapshot:
/// the children sorted (reversed for `last` without `before`), `Skip` then `Take` of them, then `Trim` to the page.
public readonly record struct NestedWindow(int Start, bool Reverse, bool Last, int Skip, int Take)
{
    public static NestedWindow Of(PageRequest page)
    {
        var start = page.Start;
        var reverse = page.Last is not null && page.Before is null;
        if (page.Last is int last)
        {
            var (skip, take) = page.Before is int before ? (Math.Max(start, before - last), Math.Max(0, before - Math.Max(start, before - last))) : (0, last);
            return new NestedWindow(start, reverse, true, skip, take);
        }

        var first = page.First ?? 0;
        return new NestedWindow(start, reverse, false, start, (page.Before is int end ? Math.Min(first, Math.Max(0, end - start)) : first) + 1);
    }

    /// Turns one parent's slice (`total` children in all) into its page, in place: the index of its first item and
    /// whether there are pages before and after it.
    public (int Index, bool HasPrevious, bool HasNext) Trim<T>(List<T> items, int total)
    {
        if (Reverse)
        {
            // Newest last: the rows came in reverse order; drop those at or before `after`.
            items.Reverse();
            var index = total - items.Count;
            if (index < Start)
            {
                // `after` past this parent's last child leaves nothing (the fewer children, the fewer to drop).
                items.RemoveRange(0, Math.Min(items.Count, Start - index));
                index = Start;
            }

            return (index, index > 0, false);
        }

        if (Last)
        {
            return (Skip, Skip > 0, true);
        }

        var hasNext = items.Count == Take;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        return (Skip, Skip > 0, hasNext);
    }
}
