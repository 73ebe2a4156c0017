using OpenGcm.GraphQL.Paging;

namespace OpenGcm.GraphQL.Snapshots;

/// The filtered rows behind a snapshot connection, for `groupBy`: the query runs over them with LINQ to objects
/// (the rows are already filtered with SQLite's semantics; grouping keys are plain member reads).
internal sealed class SnapshotSource<T>(IReadOnlyList<T> rows) : IFilteredSource<T>
{
    public IReadOnlyList<T> Rows => rows;

    public Task<TResult> RunAsync<TResult>(Func<IQueryable<T>, CancellationToken, Task<TResult>> query, CancellationToken cancellationToken)
        => query(new SnapshotQueryable<T>(rows), cancellationToken);
}
