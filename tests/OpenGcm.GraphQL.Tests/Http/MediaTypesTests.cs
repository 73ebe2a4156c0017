using OpenGcm.GraphQL.Http;

namespace OpenGcm.GraphQL.Tests.Http;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, MediaTypes.Json)]
    [InlineData("*/*", MediaTypes.Json)]
    [InlineData("application/*", MediaTypes.Json)]
    [InlineData("application/json", MediaTypes.Json)]
    [InlineData("application/graphql-response+json", MediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", MediaTypes.GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", MediaTypes.Json)]
    [InlineData("text/html, */*;q=0.8", MediaTypes.Json)]
    [InlineData("text/csv", MediaTypes.Csv)]
    [InlineData("text/csv;q=0.5, application/json", MediaTypes.Json)]
    [InlineData("text/xml", null)]
    [InlineData("application/graphql-response+json;q=0", null)]
    public void Negotiates_the_response_media_type(string? accept, string? expected)
        => Assert.Equal(expected, MediaTypes.Negotiate(accept is null ? null : [accept]));
}
