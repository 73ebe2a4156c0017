using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace OpenGcm.GraphQL.Snapshots;

/// LINQ to objects that EF Core's async operators (`ToListAsync`, `CountAsync`) accept, so the code written for
/// an EF Core query (a `groupBy` count) runs unchanged over snapshot rows.
internal sealed class SnapshotQueryable<T> : EnumerableQuery<T>, IQueryable<T>, IAsyncEnumerable<T>
{
    public SnapshotQueryable(IEnumerable<T> rows)
        : base(rows)
    {
    }

    public SnapshotQueryable(Expression expression)
        : base(expression)
    {
    }

    IQueryProvider IQueryable.Provider => SnapshotQueryProvider.Instance;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => new Enumerator(((IEnumerable<T>)this).GetEnumerator());

    private sealed class Enumerator(IEnumerator<T> inner) : IAsyncEnumerator<T>
    {
        public T Current => inner.Current;

        public ValueTask<bool> MoveNextAsync() => ValueTask.FromResult(inner.MoveNext());

        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// Creates SnapshotQueryables and runs them synchronously (the rows are in memory).
internal sealed class SnapshotQueryProvider : IAsyncQueryProvider
{
    public static readonly SnapshotQueryProvider Instance = new();

    public IQueryable CreateQuery(Expression expression)
    {
        var element = expression.Type.GetInterfaces().Append(expression.Type)
            .First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        return (IQueryable)Activator.CreateInstance(typeof(SnapshotQueryable<>).MakeGenericType(element), expression)!;
    }

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new SnapshotQueryable<TElement>(expression);

    public object? Execute(Expression expression) => ((IQueryProvider)Inner(expression)).Execute(expression);

    public TResult Execute<TResult>(Expression expression) => ((IQueryProvider)Inner(expression)).Execute<TResult>(expression);

    public TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken = default)
    {
        // TResult is Task<X>: run the query for X, then wrap it.
        var result = typeof(TResult).GetGenericArguments()[0];
        var value = typeof(IQueryProvider).GetMethods().Single(m => m.Name == nameof(IQueryProvider.Execute) && m.IsGenericMethod)
            .MakeGenericMethod(result).Invoke(Inner(expression), [expression]);
        return (TResult)typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(result).Invoke(null, [value])!;
    }

    private static EnumerableQuery<object> Inner(Expression expression) => new EnumerableQuery<object>(expression);
}
