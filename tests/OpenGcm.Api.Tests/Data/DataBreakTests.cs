using System.Security.Cryptography;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Tests.Data;

/// A broken data file stops the build with `file:line: what is wrong`, and the previous database
/// stays in place, byte for byte, and is served.
public sealed class DataBreakTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("opengcm-break-").FullName;

    private string DataDirectory => Path.Combine(_root, "data");

    private string DatabasePath => Path.Combine(_root, "opengcm.db");

    public DataBreakTests()
    {
        Directory.CreateDirectory(DataDirectory);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data))
        {
            File.Copy(file, Path.Combine(DataDirectory, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("states.csv", "iso3,", "iso_3,", "data/states.csv:1: missing column 'iso3'")]
    [InlineData("states.csv", "\nAGO,AO,024,", "\nAFG,AO,024,", "data/states.csv:3: duplicate key (iso3) = AFG")]
    [InlineData("gcm_votes.csv", "\nHUN,no,", "\nHUX,no,", "data/gcm_votes.csv:77: column 'iso3' 'HUX' is not a state in states.csv")]
    [InlineData("imrf_session_objectives.csv", "imrf-2022-round-table-1,2,", "imrf-2022-round-table-1,24,", "data/imrf_session_objectives.csv:2: column 'objective_number' is '24', which is not a known Objective")]
    [InlineData("imrf_sessions.csv", ",2022-05-16,", ",2022-05-32,", "data/imrf_sessions.csv:3: column 'date' is '2022-05-32', not a date YYYY-MM-DD")]
    [InlineData("migrant_stock.csv", "\nAFG,1990,57686,", "\nAFG,1990,57x86,", "data/migrant_stock.csv:2: column 'total' is '57x86', not a whole number")]
    [InlineData("gcm_votes.csv", "\nHUN,no,", "\nHUN,nay,", "data/gcm_votes.csv:77: column 'vote' is 'nay', not one of yes, no, abstain, not_voting")]
    [InlineData("sources.csv", ",https://www.absolutassets.ch/single-project,", ",,", "data/sources.csv:3: column 'url' is empty but required")]
    [InlineData("areas.csv", "\nAFG,AF,004,Afghanistan,Asia,Southern Asia,,true,", "\nAFG,AF,004,Afghanistan,Asia,Southern Asia,,yes,", "data/areas.csv:3: column 'ldc' is 'yes', not true or false")]
    [InlineData("migrant_stock_ims2024.csv", "ABW,1990,BES,female,25,", "ABW,1990,BES,women,25,", "data/migrant_stock_ims2024.csv:2: column 'sex' is 'women', not one of female, male")]
    [InlineData("migrant_stock_ims2024.csv", "ABW,1990,BES,female,25,", "ABX,1990,BES,female,25,", "data/migrant_stock_ims2024.csv:2: column 'destination_iso3' is 'ABX', which is not a known Area")]
    [InlineData("displacement.csv", "\n1951,UNK,Unknown,AUS,Australia,180000,", "\n1951,UNK,Unknown,AUS,Australia,18O000,", "data/displacement.csv:2: column 'refugees' is '18O000', not a whole number")]
    [InlineData("missing_migrants.csv", "\n1,2014-01-06,", "\n1,2014-13-06,", "data/missing_migrants.csv:2: column 'incident_date' is '2014-13-06', not a date YYYY-MM-DD")]
    [InlineData("states.csv", ";unvotes-rcid-6140", ";no-such-source", "data/states.csv:2: column 'sources' names 'no-such-source', which is not an id in sources.csv")]
    public void A_broken_file_stops_the_build_with_file_and_line(string file, string find, string replace, string expected)
    {
        Break(file, find, replace);

        var error = Assert.Throws<DataValidationException>(() => DatasetBuilder.Build(DataDirectory, DatabasePath));

        Assert.Contains(expected, error.Errors);
        Assert.False(File.Exists(DatabasePath));
        Assert.Empty(Directory.GetFiles(_root, "*.tmp-*"));
    }

    [Fact]
    public void The_built_database_is_one_file_in_rollback_journal_mode()
    {
        DatasetBuilder.Build(DataDirectory, DatabasePath);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(DatasetBuilder.ReadOnlyConnectionString(DatabasePath, pooling: false));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("delete", (string?)command.ExecuteScalar());
        Assert.False(File.Exists(DatabasePath + "-wal"));
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_previous_database_untouched()
    {
        Assert.True(DatasetBuilder.EnsureBuilt(DataDirectory, DatabasePath));
        Assert.False(DatasetBuilder.EnsureBuilt(DataDirectory, DatabasePath));
        var before = SHA256.HashData(File.ReadAllBytes(DatabasePath));

        Break("objectives.csv", "\n7,", "\n7x,");

        Assert.Throws<DataValidationException>(() => DatasetBuilder.EnsureBuilt(DataDirectory, DatabasePath));
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(DatabasePath)));
    }

    [Fact]
    public async Task After_a_failed_rebuild_the_server_serves_the_previous_data()
    {
        DatasetBuilder.Build(DataDirectory, DatabasePath);
        var version = DatasetBuilder.ComputeContentHash(DataDirectory)[..12];
        Break("states.csv", ",Hungary,", ",Hungaria,");
        Break("states.csv", "\nALB,AL,008,", "\nALB,AL,08,");

        await using var factory = new BrokenDataFactory(DataDirectory, DatabasePath);
        var data = await factory.CreateClient().DataAsync("""{ state(iso3: "HUN") { name } dataset { version } }""");

        Assert.Equal("Hungary", (string?)data["state"]!["name"]);
        Assert.Equal(version, (string?)data["dataset"]!["version"]);
    }

    private void Break(string file, string find, string replace)
    {
        var path = Path.Combine(DataDirectory, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private sealed class BrokenDataFactory(string dataDirectory, string databasePath) : OpenGcmFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("OpenGcm:Data:DataDirectory", dataDirectory);
            builder.UseSetting("OpenGcm:Data:DatabasePath", databasePath);
        }
    }
}
