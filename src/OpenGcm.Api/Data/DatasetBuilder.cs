using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Reports;

namespace OpenGcm.Api.Data;

/// Builds the SQLite database from data/: validate everything, write a temporary file in one
/// transaction, then move it into place. The previous database is untouched until that move.
public static class DatasetBuilder
{
    /// Hash of the data files and of the database schema: a change of either means a rebuild.
    public static string ComputeContentHash(string dataDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CreateScript() + string.Concat(ReportSearch.BuildSql)));
        AppendDataFiles(hash, dataDirectory);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// Hash of the data files alone: with the builder's own build id, it tells that a database is current without
    /// generating EF Core's create script, which costs more than a second at start-up.
    public static string ComputeDataHash(string dataDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendDataFiles(hash, dataDirectory);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// The content hash stored in an existing database, or null when there is none or it is unreadable.
    public static string? ReadContentHash(string databasePath) => ReadMeta(databasePath).GetValueOrDefault(DatasetMeta.ContentHash);

    /// Rebuilds when data/ or the database schema changed; returns true when it built. Throws DataValidationException on
    /// bad data. A database written by this very build of OpenGcm from the same files is current without further checks;
    /// one written by another build is current when its content hash (schema DDL included) is still the same.
    public static bool EnsureBuilt(string dataDirectory, string databasePath)
    {
        var meta = ReadMeta(databasePath);
        if (meta.GetValueOrDefault(DatasetMeta.BuiltBy) == BuildId
            && meta.GetValueOrDefault(DatasetMeta.DataHash) == ComputeDataHash(dataDirectory))
        {
            return false;
        }

        var contentHash = ComputeContentHash(dataDirectory);
        if (meta.GetValueOrDefault(DatasetMeta.ContentHash) == contentHash)
        {
            return false;
        }

        Build(dataDirectory, databasePath, contentHash);
        return true;
    }

    /// The id of this build of OpenGcm.Api (deterministic builds: the same source and packages give the same id).
    public static string BuildId { get; } = typeof(DatasetBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static void Build(string dataDirectory, string databasePath, string? contentHash = null)
    {
        contentHash ??= ComputeContentHash(dataDirectory);
        var dataset = DatasetReader.Read(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var temporary = $"{databasePath}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var db = Open($"Data Source={temporary};Pooling=False;Foreign Keys=False"))
            {
                db.Database.EnsureCreated();

                // A temporary file, moved into place only once complete: no journal or sync is needed while it is
                // written, and no foreign-key checks (DatasetReader has checked every reference).
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode = OFF");
                db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF");
                using var transaction = db.Database.BeginTransaction();
                foreach (var table in dataset.Tables.Where(t => !t.Bulk))
                {
                    db.AddRange(table.Entities);
                }

                db.Add(new DatasetMeta { Key = DatasetMeta.ContentHash, Value = contentHash });
                db.Add(new DatasetMeta { Key = DatasetMeta.DataHash, Value = ComputeDataHash(dataDirectory) });
                db.Add(new DatasetMeta { Key = DatasetMeta.BuiltBy, Value = BuildId });
                db.AddRange(DatasetTables.Describe(dataset, dataDirectory));
                db.SaveChanges();
                foreach (var table in dataset.Tables.Where(t => t.Bulk && t.Entities.Count > 0))
                {
                    BulkInsert.Write(db, table.Entities[0].GetType(), table.Entities);
                }

                foreach (var sql in ReportSearch.BuildSql)
                {
                    db.Database.ExecuteSqlRaw(sql);
                }

                transaction.Commit();

                // EF Core creates SQLite files in WAL mode; a baked, read-only file wants no -wal/-shm beside it.
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode = DELETE");
            }

            File.Move(temporary, databasePath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// Pooling off for one-off checks: a pooled connection would outlive a rebuild's rename.
    public static string ReadOnlyConnectionString(string databasePath, bool pooling = true)
        => new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = pooling }.ToString();

    private static void AppendDataFiles(IncrementalHash hash, string dataDirectory)
    {
        // Every file of data/ (README.md and CHANGELOG.md too): the release archive holds them all, under this version.
        var files = Directory.GetFiles(dataDirectory).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
    }

    /// The Meta table of an existing database, read with plain SQLite (no EF Core model at start-up); empty when
    /// there is no database or it is unreadable.
    public static Dictionary<string, string> ReadMeta(string databasePath)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(databasePath))
        {
            return meta;
        }

        try
        {
            using var connection = new SqliteConnection(ReadOnlyConnectionString(databasePath, pooling: false));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Key, Value FROM Meta";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (SqliteException)
        {
            meta.Clear();
        }

        return meta;
    }

    private static string CreateScript()
    {
        using var db = Open("Data Source=:memory:");
        return db.Database.GenerateCreateScript();
    }

    private static OpenGcmDbContext Open(string connectionString)
        => new(new DbContextOptionsBuilder<OpenGcmDbContext>().UseSqlite(connectionString).Options);
}
