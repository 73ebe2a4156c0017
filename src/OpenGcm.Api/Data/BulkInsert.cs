using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenGcm.Api.Data;

/// Writes many rows of one entity with one prepared INSERT, columns and value conversions taken from
/// EF Core's model: the statistics tables hold about 300,000 rows, which change tracking would take
/// tens of seconds to write. Entities with owned types are written by EF Core instead.
public static class BulkInsert
{
    public static void Write(OpenGcmDbContext db, Type entity, IReadOnlyList<object> rows)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = properties.Select(p => $"\"{p.GetColumnName(table)}\"");
        command.CommandText = $"INSERT INTO \"{table.Name}\" "
            + $"({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        var parameters = properties.Select((p, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties[i].PropertyInfo!.GetValue(row);
                parameters[i].Value = (value is null ? null : converters[i] is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
