using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenGcm.GraphQL.Http;

namespace OpenGcm.GraphQL.Tests.Http;

/// The in-process response cache, kept by request (Accept and raw query string) and checked against the data version.
public sealed class ResponseCacheTests
{
    private string _version = "aaaaaaaaaaaa";

    private ResponseCache Create() => new ServiceCollection().AddLogging().AddMetrics().AddGraphQLHttp()
        .AddSingleton(Options.Create(new GraphQLHttpOptions { DataVersion = () => _version }))
        .BuildServiceProvider()
        .GetRequiredService<ResponseCache>();

    [Fact]
    public void A_kept_answer_is_found_by_its_request_with_its_etag_and_operation()
    {
        var cache = Create();
        var key = new RequestKey("application/json", "?query=%7Ba%7D");
        var etag = cache.ETag("application/json", "{a}", null, null, null);
        cache.Set(key, etag, new CachedResponse("application/json", [1, 2, 3]), "Named");

        var kept = cache.Get(key);

        Assert.NotNull(kept);
        Assert.Equal(etag, kept.ETag);
        Assert.Equal("Named", kept.OperationName);
        Assert.Equal([1, 2, 3], kept.Response.Body);
        Assert.Null(cache.Get(new RequestKey("application/graphql-response+json", "?query=%7Ba%7D")));
    }

    [Fact]
    public void A_kept_answer_is_not_served_for_another_data_version()
    {
        var cache = Create();
        var key = new RequestKey("", "?query=%7Ba%7D");
        cache.Set(key, cache.ETag("application/json", "{a}"), new CachedResponse("application/json", [1]), null);
        Assert.NotNull(cache.Get(key));

        _version = "bbbbbbbbbbbb";

        Assert.Null(cache.Get(key));
    }
}
