using GraphQL;
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
    public void Shipped_documents_answer_by_hash()
        => Assert.Equal(Shipped, Create(only: false).Resolve(null, Extension(PersistedQueries.Hash(Shipped))).Query);

    [Fact]
    public void The_allow_list_runs_shipped_documents_and_refuses_others()
    {
        var store = Create(only: true);

        Assert.Equal(Shipped, store.Resolve(Shipped, null).Query);
        Assert.Equal(ErrorCodes.PersistedQueryNotAllowed, store.Resolve("{ other }", null).Refusal!.Code);
        Assert.Equal(ErrorCodes.PersistedQueryNotAllowed, store.Resolve("{ other }", Extension(PersistedQueries.Hash("{ other }"))).Refusal!.Code);
        Assert.Equal(1, store.Count);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void Malformed_hashes_are_refused(string hash)
        => Assert.Equal(ErrorCodes.PersistedQueryInvalid, Create(only: false).Resolve(null, Extension(hash)).Refusal!.Code);
}
