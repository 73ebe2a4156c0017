using System.Collections.Concurrent;
using System.Text;
using GraphQL;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.GraphQL.Tests.Http;

public sealed class PersistedQueriesTests : IDisposable
{
    private const string Shipped = "{ shipped }";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("opengcm-pq-");

    public PersistedQueriesTests() => File.WriteAllText(Path.Combine(_directory.FullName, "example.graphql"), Shipped);

    public void Dispose() => _directory.Delete(recursive: true);

    private PersistedQueries Create(bool only) => new ServiceCollection().AddLogging().AddMetrics().AddGraphQLHttp()
        .AddSingleton(Options.Create(new GraphQLHttpOptions { PersistedQueryDirectory = _directory.FullName, OnlyPersistedQueries = only }))
        .BuildServiceProvider()
        .GetRequiredService<PersistedQueries>();

    private static Inputs Extension(string hash)
        => new(new Dictionary<string, object?> { ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, ["sha256Hash"] = hash } });

    [Fact]
    public async Task Shipped_documents_answer_by_hash()
        => Assert.Equal(Shipped, (await Create(only: false).ResolveAsync(null, Extension(PersistedQueries.Hash(Shipped)))).Query);

    [Fact]
    public async Task The_allow_list_runs_shipped_documents_and_refuses_others()
    {
        var store = Create(only: true);

        Assert.Equal(Shipped, (await store.ResolveAsync(Shipped, null)).Query);
        Assert.Equal(ErrorCodes.PersistedQueryNotAllowed, (await store.ResolveAsync("{ other }", null)).Refusal!.Code);
        Assert.Equal(ErrorCodes.PersistedQueryNotAllowed, (await store.ResolveAsync("{ other }", Extension(PersistedQueries.Hash("{ other }")))).Refusal!.Code);
        Assert.Equal(1, store.Count);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public async Task Malformed_hashes_are_refused(string hash)
        => Assert.Equal(ErrorCodes.PersistedQueryInvalid, (await Create(only: false).ResolveAsync(null, Extension(hash))).Refusal!.Code);

    /// Another replica's registration is read from the shared cache without blocking a thread on the network: with
    /// blocking reads, a fresh replica under load ran out of threads, its reads timed out, the breaker opened and
    /// registered hashes got PERSISTED_QUERY_NOT_FOUND (bench/cluster.sh). The fake cache refuses every blocking call.
    [Fact]
    public async Task A_document_registered_by_another_replica_is_read_without_blocking()
    {
        const string Other = "{ registeredElsewhere }";
        var shared = new AsyncOnlyCache();
        await shared.SetAsync("apq:" + PersistedQueries.Hash(Other), Encoding.UTF8.GetBytes(Other), new DistributedCacheEntryOptions());
        var store = new ServiceCollection().AddLogging().AddMetrics().AddGraphQLHttp()
            .AddSingleton(Options.Create(new GraphQLHttpOptions { PersistedQueryDirectory = _directory.FullName }))
            .AddKeyedSingleton<IDistributedCache>(SharedCache.ServiceKey, shared)
            .BuildServiceProvider()
            .GetRequiredService<PersistedQueries>();

        var (query, refusal) = await store.ResolveAsync(null, Extension(PersistedQueries.Hash(Other)));

        Assert.Null(refusal);
        Assert.Equal(Other, query);
    }

    private sealed class AsyncOnlyCache : IDistributedCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _values = new();

        public byte[]? Get(string key) => throw new InvalidOperationException("a blocking read");

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(_values.GetValueOrDefault(key));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new InvalidOperationException("a blocking write");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            _values[key] = value;
            return Task.CompletedTask;
        }

        public void Refresh(string key) => throw new InvalidOperationException("a blocking refresh");

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => throw new InvalidOperationException("a blocking remove");

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromResult(_values.TryRemove(key, out _));
    }
}
