namespace OpenGcm.GraphQL.Snapshots;

/// A table's rows in one sort order, and each row's rank in it (by the row's ordinal in the table).
internal sealed class SortIndex<T>(T[] sorted, int[] rankByOrdinal)
{
    public T[] Sorted => sorted;

    public int Rank(int ordinal) => rankByOrdinal[ordinal];
}
