namespace OpenGcm.GraphQL.Paging;

/// The filtered list behind a connection (without its page): runs a query over it later, in a
/// DbContext of its own, for `totalCount` and `groupBy`, only when they are selected.
public interface IFilteredSource<T>
{
    Task<TResult> RunAsync<TResult>(Func<IQueryable<T>, CancellationToken, Task<TResult>> query, CancellationToken cancellationToken);
}
