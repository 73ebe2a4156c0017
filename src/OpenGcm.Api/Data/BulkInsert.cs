using System.Linq.Expressions;
using System.Reflection;
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
        var getters = properties.Select(p => Getter(p.PropertyInfo!)).ToArray();

        // Indexes are built once after the rows rather than kept up to date row by row.
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = command.Transaction;
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL";
            list.Parameters.AddWithValue("$table", table.Name);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        indexes.ForEach(index => Execute(connection, command.Transaction, $"DROP INDEX \"{index.Name}\""));
        command.Prepare();

        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = getters[i](row);
                parameters[i].Value = (value is null ? null : converters[i] is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        indexes.ForEach(index => Execute(connection, command.Transaction, index.Sql));
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// `row => (object?)((TEntity)row).Property`, compiled once per column instead of reflection per cell.
    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(object), "row");
        var value = Expression.Property(Expression.Convert(row, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), row).Compile();
    }
}
