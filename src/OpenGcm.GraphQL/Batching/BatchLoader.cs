using GraphQL.DataLoader;

namespace OpenGcm.GraphQL.Batching;

/// Collects the keys asked for while one level of the query executes, then fetches them all with
/// one call when GraphQL.NET asks for the first result. Keys that arrive after a batch has started
/// go into the next batch (a fragment used at two depths).
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Lock _lock = new();
    private Batch? _current;

    public BatchLoader(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
    {
        _fetch = fetch;
        _missing = missing;
    }

    /// How many fetches this loader has started; tests use it to prove batching.
    public int FetchCount { get; private set; }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            if (_current is null || _current.Started)
            {
                _current = new Batch(this);
            }

            _current.Keys.Add(key);
            return new Result(_current, key);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _task;

        public HashSet<TKey> Keys { get; } = [];

        public TValue Missing => owner._missing;

        public bool Started => _task is not null;

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner._lock)
            {
                if (_task is null)
                {
                    owner.FetchCount++;
                    _task = owner._fetch(Keys, cancellationToken);
                }

                return _task;
            }
        }
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : batch.Missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
