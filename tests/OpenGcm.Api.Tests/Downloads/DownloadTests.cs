using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace OpenGcm.Api.Tests.Downloads;

/// Issue #14, pin and download: the release files under /downloads/, their sizes and SHA-256 in the API, strong
/// ETags, `latest` aliases, and the downloaded database opened with plain SQLite giving the API's totals.
public sealed class DownloadTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("latest.db", "application/vnd.sqlite3", ".db")]
    [InlineData("latest-data.zip", "application/zip", "-data.zip")]
    public async Task Latest_alias_serves_the_versioned_release_with_its_size_hash_and_strong_etag(string alias, string mediaType, string suffix)
    {
        var dataset = (await _client.DataAsync("{ dataset { version downloads { name path alias mediaType bytes sha256 } } }"))["dataset"]!;
        var version = (string)dataset["version"]!;
        var described = dataset["downloads"]!.Single(d => (string?)d["alias"] == alias);

        var latest = await _client.GetAsync("/downloads/" + alias);
        var pinned = await _client.GetAsync((string)described["path"]!);
        var latestBytes = await latest.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal($"opengcm-{version}{suffix}", (string?)described["name"]);
        Assert.Equal(mediaType, latest.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"opengcm-{version}{suffix}", latest.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal((long)described["bytes"]!, latestBytes.LongLength);
        Assert.Equal((string?)described["sha256"], Convert.ToHexStringLower(SHA256.HashData(latestBytes)));
        Assert.Equal($"\"{described["sha256"]}\"", latest.Headers.ETag!.Tag);
        Assert.False(latest.Headers.ETag.IsWeak);
        Assert.Equal(latestBytes, await pinned.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", pinned.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/downloads/" + alias);
        again.Headers.IfNoneMatch.Add(latest.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_download_is_404_with_a_code()
    {
        var response = await _client.GetAsync("/downloads/opengcm-000000000000.db");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"DOWNLOAD_NOT_FOUND\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloaded_database_opened_with_plain_sqlite_gives_the_apis_totals()
    {
        var path = Path.Combine(Path.GetTempPath(), $"opengcm-download-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(path, await _client.GetByteArrayAsync("/downloads/latest.db"));
        try
        {
            var api = await _client.DataAsync("""
                { states(first: 200) { totalCount groupBy(field: GCM_VOTE) { key count } nodes { migrantStock2020 } }
                  reports { totalCount } objectives { totalCount } }
                """);
            using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            db.Open();

            Assert.Equal((long)api["states"]!["totalCount"]!, Scalar(db, "SELECT COUNT(*) FROM States"));
            Assert.Equal((long)api["reports"]!["totalCount"]!, Scalar(db, "SELECT COUNT(*) FROM Reports"));
            Assert.Equal((long)api["objectives"]!["totalCount"]!, Scalar(db, "SELECT COUNT(*) FROM Objectives"));
            Assert.Equal(api["states"]!["nodes"]!.Sum(n => (long?)n["migrantStock2020"] ?? 0), Scalar(db, "SELECT SUM(MigrantStock2020) FROM States"));
            foreach (var group in api["states"]!["groupBy"]!)
            {
                var key = (string?)group["key"];
                var sql = key is null
                    ? "SELECT COUNT(*) FROM States WHERE GcmVote IS NULL"
                    : $"SELECT COUNT(*) FROM States WHERE upper(replace(GcmVote, 'NotVoting', 'Not_Voting')) = '{key}'";
                Assert.Equal((long)group["count"]!, Scalar(db, sql));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_data_archive_holds_every_data_file_as_it_is_and_the_licences()
    {
        using var archive = new ZipArchive(new MemoryStream(await _client.GetByteArrayAsync("/downloads/latest-data.zip")));
        var names = archive.Entries.Select(e => e.FullName).ToHashSet();

        foreach (var file in Directory.GetFiles(RepositoryPaths.Data).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var entry = archive.GetEntry("data/" + Path.GetFileName(file));
            Assert.NotNull(entry);
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content);
            Assert.Equal(await File.ReadAllBytesAsync(file), content.ToArray());
        }

        Assert.Contains("data/datapackage.json", names);
        Assert.Contains("data/README.md", names);
        using var licences = new StreamReader(archive.GetEntry("data/LICENCES.md")!.Open());
        var text = await licences.ReadToEndAsync();
        Assert.Contains("CC-BY-SA-4.0", text, StringComparison.Ordinal);
        Assert.Contains("OpenGcm contributors", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_graphql_is_served_at_a_stable_address_as_in_the_repository()
    {
        var response = await _client.GetAsync("/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema.graphql")), await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Data_answers_link_the_release_to_cite_them_by()
    {
        var version = (string)(await _client.DataAsync("{ dataset { version } }"))["dataset"]!["version"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ objective(number: 1) { title } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await _client.SendAsync(request);

        Assert.Contains($"</downloads/opengcm-{version}-data.zip>; rel=\"cite-as\"", response.Headers.GetValues("Link"));
    }

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
