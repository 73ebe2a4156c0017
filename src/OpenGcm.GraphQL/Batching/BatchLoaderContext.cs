using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;

namespace OpenGcm.GraphQL.Batching;

/// One per request (a scoped service): the batch loaders of that request. A loader belongs to one
/// field of the document (its AST node), so all parents reaching that field share one fetch.
public sealed class BatchLoaderContext
{
    private readonly ConcurrentDictionary<(object Node, string Name), object> _loaders = new();

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(object node, string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
        => (BatchLoader<TKey, TValue>)_loaders.GetOrAdd((node, name), _ => create());

    /// Queues `key` for the loader of the field being resolved; `fetch` runs once per batch.
    public IDataLoaderResult<TValue> Load<TKey, TValue>(
        IResolveFieldContext context,
        TKey key,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull
        => GetOrAdd(context.FieldAst, context.ParentType.Name + "." + context.FieldDefinition.Name, () => new BatchLoader<TKey, TValue>(fetch,
            missing)).Load(key);
}
