using OpenGcm.GraphQL.Http;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Tests.Telemetry;

public sealed class TelemetryTests
{
    [Fact]
    public void Operation_tags_keep_valid_names_up_to_the_limit_and_nothing_else()
    {
        var tags = new OperationTag { Limit = 2 };

        Assert.Equal(OperationTag.Anonymous, tags.For(null));
        Assert.Equal("First", tags.For("First"));
        Assert.Equal(OperationTag.Other, tags.For("not a name; DROP"));
        Assert.Equal(OperationTag.Other, tags.For("user@example.org"));
        Assert.Equal("Second", tags.For("Second"));
        Assert.Equal(OperationTag.Other, tags.For("Third"));
        Assert.Equal("First", tags.For("First"));
        Assert.Equal(OperationTag.Cached, tags.For(OperationTag.Cached));
    }

    [Fact]
    public void A_cached_response_survives_the_shared_cache_bytes_and_garbage_is_ignored()
    {
        var response = new CachedResponse("application/graphql-response+json", "{\"data\":{}}"u8.ToArray());

        var back = CachedResponse.FromBytes(response.ToBytes());

        Assert.Equal(response.ContentType, back!.ContentType);
        Assert.Equal(response.Body, back.Body);
        Assert.Null(CachedResponse.FromBytes([1, 2]));
        Assert.Null(CachedResponse.FromBytes([255, 255, 255, 127, 0]));
    }
}
