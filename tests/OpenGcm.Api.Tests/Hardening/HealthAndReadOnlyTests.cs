using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenGcm.Api.Data;
using OpenGcm.Api.Tests.Data;

namespace OpenGcm.Api.Tests.Hardening;

public sealed class HealthAndReadOnlyTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_and_readyz_answer_200_and_readyz_names_the_dataset_version()
    {
        var live = await _client.GetAsync("/healthz");
        var ready = await _client.GetAsync("/readyz");
        var version = (string?)(await _client.DataAsync("{ dataset { version } }"))["dataset"]!["version"];

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JObject.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal(version, (string?)body["version"]);
        Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);
    }

    [Fact]
    public async Task The_database_is_opened_read_only()
    {
        _ = factory.Server;
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<OpenGcmDbContext>>().CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM States"));

        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
    }

    [Fact]
    public async Task A_barrage_of_requests_leaves_the_database_file_unchanged()
    {
        _ = factory.Server;
        var before = SHA256.HashData(await File.ReadAllBytesAsync(factory.DatabasePath));
        var queries = new[]
        {
            "mutation { deleteState(iso3: \"HUN\") }",
            "{ states(where: {name: {eq: \"x'); DROP TABLE States; --\"}}) { totalCount } }",
            "{ reports(search: \"x\\\" OR 1=1; DELETE FROM Reports; --\") { totalCount } }",
            "{ states(first: 200) { nodes { iso3 reports { nodes { key } } } } }",
            "{ __schema { types { name } } }",
        };

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => _client.PostGraphQLAsync(queries[i % queries.Length])));

        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(factory.DatabasePath)));
        Assert.Equal(DataReadme.Rows("states.csv"), (int)(await _client.DataAsync("{ states { totalCount } }"))["states"]!["totalCount"]!);
    }
}
