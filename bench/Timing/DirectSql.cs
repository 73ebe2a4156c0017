using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OpenGcm.Bench.Timing;

/// The limit for an aggregate: OpenGcm's own statements, prepared once on an open read-only connection to
/// the same file, run and read to the last value, nothing else (no HTTP, no GraphQL, no EF Core).
public sealed class DirectSql : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];

    public DirectSql(string database, IReadOnlyList<SqlStatement> statements)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
        foreach (var statement in statements)
        {
            var command = _connection.CreateCommand();
            command.CommandText = statement.Text;
            foreach (var parameter in statement.Parameters)
            {
                command.Parameters.AddWithValue(parameter.Name, Value(parameter));
            }

            command.Prepare();
            _commands.Add(command);
        }
    }

    /// Runs every statement and reads every value of every row; returns the number of rows read.
    public int Run()
    {
        var rows = 0;
        foreach (var command in _commands)
        {
            using var reader = command.ExecuteReader();
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                rows++;
            }
        }

        return rows;
    }

    public void Dispose()
    {
        _commands.ForEach(c => c.Dispose());
        _connection.Dispose();
    }

    private static object Value(SqlParameterValue parameter) => parameter switch
    {
        { Value: null } => DBNull.Value,
        { Value: "?" } => throw new InvalidOperationException("Parameter values were not logged: run OpenGcm with OpenGcm:Data:LogSqlParameterValues=true."),
        { DbType: "Int32" } => int.Parse(parameter.Value, CultureInfo.InvariantCulture),
        { DbType: "Int64" } => long.Parse(parameter.Value, CultureInfo.InvariantCulture),
        { DbType: "Double" } => double.Parse(parameter.Value, CultureInfo.InvariantCulture),
        { DbType: "Boolean" } => bool.Parse(parameter.Value),
        _ => parameter.Value,
    };
}
