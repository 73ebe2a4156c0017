using Microsoft.Data.Sqlite;
using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Catalog;

/// Facts about the served database, read once at start-up: version, sources and row counts.
/// The database is read-only, so they cannot go stale while the process runs.
public sealed class DatasetCatalog
{
    private Dictionary<string, Source> _sourceById = [];

    public string ContentHash { get; private set; } = string.Empty;

    /// The first 12 hex digits of the content hash: changes whenever any data file changes.
    public string Version { get; private set; } = string.Empty;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public IReadOnlyList<TableCount> Counts { get; private set; } = [];

    /// Each data file with its rows, edition, licence and attribution, in the order they were written.
    public IReadOnlyList<DatasetTable> Tables { get; private set; } = [];

    /// Read with plain SQLite, not EF Core: at start-up this runs on the path to the first answer, and EF Core's first
    /// query costs half a second there (StartupWarmup pays it beside the server's start instead).
    public void Load(string databasePath)
    {
        using var connection = new SqliteConnection(DatasetBuilder.ReadOnlyConnectionString(databasePath, pooling: false));
        connection.Open();
        ContentHash = Rows(connection, $"SELECT Value FROM Meta WHERE Key = '{DatasetMeta.ContentHash}'", r => r.GetString(0)).Single();
        Version = ContentHash.Length >= 12 ? ContentHash[..12] : ContentHash;
        Sources = Rows(connection, "SELECT Id, Title, Url, Licence, Notes FROM Sources ORDER BY Id", r => new Source
        {
            Id = r.GetString(0),
            Title = r.GetString(1),
            Url = r.GetString(2),
            Licence = Text(r, 3),
            Notes = Text(r, 4),
        });
        _sourceById = Sources.ToDictionary(s => s.Id);
        Tables = Rows(connection, "SELECT Name, Position, Rows, Title, Provider, Edition, Licence, Attribution FROM DatasetTable ORDER BY Position",
            r => new DatasetTable
            {
                Name = r.GetString(0),
                Position = r.GetInt32(1),
                Rows = r.GetInt32(2),
                Title = Text(r, 3),
                Provider = Text(r, 4),
                Edition = Text(r, 5),
                Licence = Text(r, 6),
                Attribution = Text(r, 7),
            });
        Counts = [.. Tables.Select(t => new TableCount(t.Name, t.Rows))];
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// The sources named by one or more `sources` cells ("id;id"), in order, without repeats.
    public IReadOnlyList<Source> Resolve(params string?[] sourceIds)
        => sourceIds.Where(ids => !string.IsNullOrEmpty(ids))
            .SelectMany(ids => ids!.Split(';'))
            .Distinct(StringComparer.Ordinal)
            .Select(id => _sourceById[id])
            .ToList();
}
