namespace OpenGcm.Api.Tests.Data;

/// The row counts of data/README.md's "Files" table are the counts the served database holds: a
/// file that gains or loses rows fails here until its README says so.
public sealed class StatedCountTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    [Fact]
    public void The_files_table_lists_every_csv_in_data()
        => Assert.Equal(
            Directory.GetFiles(RepositoryPaths.Data, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            DataReadme.FileRows.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public async Task Every_table_served_has_the_rows_the_files_table_states()
    {
        var data = await factory.CreateClient().DataAsync("{ dataset { counts { table rows } } }");
        var served = data["dataset"]!["counts"]!.ToDictionary(c => (string)c["table"]! + ".csv", c => (int)c["rows"]!);

        Assert.Equal(DataReadme.FileRows.OrderBy(f => f.Key, StringComparer.Ordinal), served.OrderBy(f => f.Key, StringComparer.Ordinal));
    }
}
