using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newtonsoft.Json.Linq;
using OpenGcm.Api.Data;
using OpenGcm.Api.Hosting;

namespace OpenGcm.Api.Tests.Operations;

public sealed class LifecycleTests
{
    [Fact]
    public async Task When_stopping_readyz_turns_503_at_once_while_requests_are_still_answered()
    {
        using var factory = new DrainingFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var ready = await client.GetAsync("/readyz");
        var answer = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JObject.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", (string?)body["checks"]!["shutdown"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task A_corrupt_database_file_is_rebuilt_from_data_at_start()
    {
        using var factory = new OpenGcmFactory();
        await File.WriteAllBytesAsync(factory.DatabasePath, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31))]);

        var ready = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Null(DatabaseStartupCheck.Problem(factory.DatabasePath));
    }

    [Fact]
    public async Task A_database_of_another_dataset_version_is_rebuilt_from_data_at_start()
    {
        var otherData = CopyOfData();
        using var factory = new OpenGcmFactory();
        DatasetBuilder.Build(otherData, factory.DatabasePath);
        var otherVersion = DatasetBuilder.ReadContentHash(factory.DatabasePath);

        var ready = JObject.Parse(await factory.CreateClient().GetStringAsync("/readyz"));

        Assert.Equal(DatasetBuilder.ComputeContentHash(RepositoryPaths.Data)[..12], (string?)ready["version"]);
        Assert.NotEqual(otherVersion![..12], (string?)ready["version"]);
        Directory.Delete(otherData, recursive: true);
    }

    [Fact]
    public void Without_data_a_missing_corrupt_or_foreign_database_is_refused_with_a_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"opengcm-check-{Guid.NewGuid():N}.db");
        try
        {
            Assert.StartsWith($"There is no database at {path}", DatabaseStartupCheck.Problem(path), StringComparison.Ordinal);

            File.WriteAllText(path, "this is not a database, but long enough to look like a file header...............");
            Assert.Contains("cannot be read (SQLite error 26", DatabaseStartupCheck.Problem(path), StringComparison.Ordinal);

            File.Delete(path);
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE States (Iso3 TEXT PRIMARY KEY); CREATE TABLE Meta (Key TEXT PRIMARY KEY, Value TEXT)";
                command.ExecuteNonQuery();
            }

            Assert.Contains("was built by another version of OpenGcm", DatabaseStartupCheck.Problem(path), StringComparison.Ordinal);

            File.Delete(path);
            DatasetBuilder.Build(RepositoryPaths.Data, path);
            Assert.Null(DatabaseStartupCheck.Problem(path));

            // Written by another build of OpenGcm with the same tables: accepted after the full schema comparison, and
            // not rebuilt from data/ either (same content hash), though the quick same-build check no longer applies.
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"UPDATE Meta SET Value = 'another-build' WHERE Key = '{DatasetMeta.BuiltBy}'";
                Assert.Equal(1, command.ExecuteNonQuery());
            }

            Assert.Null(DatabaseStartupCheck.Problem(path));
            Assert.False(DatasetBuilder.EnsureBuilt(RepositoryPaths.Data, path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private sealed class DrainingFactory : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Shutdown:DrainSeconds", "3");
        }
    }

    /// data/ with one byte more in datapackage.json: the same rows under another version.
    private static string CopyOfData()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"opengcm-data-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(copy, "datapackage.json"), "\n");
        return copy;
    }
}
