using OpenGcm.GraphQL.Batching;

namespace OpenGcm.GraphQL.Tests.Batching;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_queued_before_the_first_result_are_fetched_together()
    {
        var batches = new List<int[]>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            batches.Add([.. keys.Order()]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        }, "missing");

        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(2), loader.Load(3) };
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal(["v1", "v2", "v2", "v3"], values);
        Assert.Equal([1, 2, 3], Assert.Single(batches));
    }

    [Fact]
    public async Task Keys_queued_after_a_batch_started_go_into_the_next_batch()
    {
        var fetches = 0;
        var loader = new BatchLoader<int, int>((keys, _) =>
        {
            fetches++;
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
        }, -1);

        var first = loader.Load(1);
        Assert.Equal(10, await first.GetResultAsync());
        var second = loader.Load(2);

        Assert.Equal(20, await second.GetResultAsync());
        Assert.Equal(2, fetches);
        Assert.Equal(2, loader.FetchCount);
    }

    [Fact]
    public async Task Keys_the_fetch_did_not_return_get_the_missing_value()
    {
        var loader = new BatchLoader<string, string?>((_, _) => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>()), null);

        Assert.Null(await loader.Load("x").GetResultAsync());
    }
}
