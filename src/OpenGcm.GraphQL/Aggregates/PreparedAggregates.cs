using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQLParser.AST;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.GraphQL.Aggregates;

/// Aggregates of a document without variables as prepared SQLite statements: the document's statement is the same on
/// every request, so the SQL that EF Core writes for it is kept and run again, prepared once per connection, without
/// EF Core's per-query work (expression, parameter extraction, query cache, connection open, materialiser).
/// - A statement is kept from the second time its document is asked (a document asked once leaves only a mark), after
///   its own answer on a connection of this class equalled EF Core's answer in the same request; otherwise (keys other
///   than text and integers, a statement these connections cannot run, another answer) the document stays with EF
///   Core. At most MaxShared aggregate fields are kept, marks included; the table is emptied when full, as SnapshotPlans.
/// - EF Core stays the reference: only root lists of the faster engine come here (`OpenGcm:Engine:Snapshot=false`
///   sends everything to EF Core), and Differential/SnapshotDifferentialTests asks every query of the repository
///   three times of the faster engine and once of the reference, and requires the same bytes.
public sealed class PreparedAggregates : IDisposable
{
    internal const int MaxShared = 128;

    private static readonly Type[] ReadableKeys = [typeof(string), typeof(int), typeof(int?), typeof(long), typeof(long?)];

    private readonly ConcurrentBag<StatementConnection> _idle = [];
    // Each connection keeps its own page cache (up to 2 MB): a few per core, at most 8.
    private readonly int _maxIdle = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
    private ConditionalWeakTable<GraphQLField, Entry> _kept = [];
    private int _keptCount;
    private string? _connectionString;
    private bool _disposed;

    /// The groups of `aggregates` (no keys) or `groupedAggregates` on a root list, for the aggregate field `field` under
    /// the list field `list` of a document without variables.
    public async Task<IReadOnlyList<AggregateResult>> RunAsync<T>(
        GraphQLField field, GraphQLField list, IFilteredSource<T> source, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures,
        AggregateNeeds needs, CancellationToken cancellationToken)
    {
        var kept = _kept;
        var seen = kept.TryGetValue(field, out var entry) && ReferenceEquals(entry!.List, list);
        if (seen && entry!.Statement is { } statement)
        {
            return await RunAsync(statement, measures, needs, cancellationToken).ConfigureAwait(false);
        }

        if (!seen || entry!.Refused)
        {
            if (!seen)
            {
                Keep(kept, field, new Entry(list, null, false));
            }

            return await source.RunAsync((q, ct) => AggregateQuery.RunAsync(q, keys, measures, needs, ct), cancellationToken).ConfigureAwait(false);
        }

        return await source.RunAsync((q, ct) => PrepareAsync(q, field, list, keys, measures, needs, ct), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    /// Answers with EF Core, and keeps the statement EF Core wrote when the same statement, prepared here, answers the same.
    private async Task<IReadOnlyList<AggregateResult>> PrepareAsync<T>(
        IQueryable<T> query, GraphQLField field, GraphQLField list, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures,
        AggregateNeeds needs, CancellationToken cancellationToken)
    {
        var statement = AggregateQuery.Statement(query, keys, measures, needs);
        var rows = await statement.ToListAsync(cancellationToken).ConfigureAwait(false);
        var reference = AggregateQuery.Results(rows, keys.Count, measures, needs);
        AggregateStatement? prepared = null;
        if (keys.All(k => ReadableKeys.Contains(k.ReturnType)))
        {
            using var command = statement.CreateDbCommand();
            _connectionString ??= command.Connection?.ConnectionString;
            if (command.Connection?.ConnectionString == _connectionString)
            {
                prepared = await TryPrepareAsync(command, keys, measures, needs, reference, cancellationToken).ConfigureAwait(false);
            }
        }

        Keep(_kept, field, new Entry(list, prepared, prepared is null));
        return reference;
    }

    private async Task<AggregateStatement?> TryPrepareAsync<T>(
        DbCommand command, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs,
        IReadOnlyList<AggregateResult> reference, CancellationToken cancellationToken)
    {
        var parameters = command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value, p.SqliteType)).ToArray();
        var statement = new AggregateStatement(command.CommandText, parameters, [.. keys.Select(k => k.ReturnType)]);
        try
        {
            var answer = await RunAsync(statement, measures, needs, cancellationToken).ConfigureAwait(false);
            return Same(answer, reference) ? statement : null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A function EF Core registers on its own connections, a column named otherwise: EF Core answers this document.
            return null;
        }
    }

    private async Task<IReadOnlyList<AggregateResult>> RunAsync<T>(
        AggregateStatement statement, IReadOnlyList<Measure<T>> measures, AggregateNeeds needs, CancellationToken cancellationToken)
    {
        var connection = Rent();
        using var activity = DataActivities.Start("SELECT", prepared: true);
        try
        {
            var command = connection.Command(statement);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var columns = statement.Columns ??= AggregateColumns.Of(reader, statement.KeyTypes.Length, measures.Count);
            var rows = new List<AggregateRow>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(columns.Read(reader, statement.KeyTypes));
            }

            return AggregateQuery.Results(rows, statement.KeyTypes.Length, measures, needs);
        }
        catch (Exception error) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
        finally
        {
            Return(connection);
        }
    }

    private static bool Same(IReadOnlyList<AggregateResult> a, IReadOnlyList<AggregateResult> b)
        => a.Count == b.Count && a.Zip(b).All(p => p.First.Count == p.Second.Count && p.First.Keys.SequenceEqual(p.Second.Keys)
            && Equal(p.First.Sum, p.Second.Sum) && Equal(p.First.Avg, p.Second.Avg) && Equal(p.First.Min, p.Second.Min) && Equal(p.First.Max, p.Second.Max));

    private static bool Equal<TValue>(IReadOnlyDictionary<string, TValue?> a, IReadOnlyDictionary<string, TValue?> b)
        where TValue : struct
        => a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && Nullable.Equals(p.Value, other));

    private void Keep(ConditionalWeakTable<GraphQLField, Entry> kept, GraphQLField field, Entry entry)
    {
        if (Interlocked.Increment(ref _keptCount) > MaxShared)
        {
            kept = _kept = [];
            Interlocked.Exchange(ref _keptCount, 1);
        }

        kept.AddOrUpdate(field, entry);
    }

    private StatementConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var connection) ? connection : new StatementConnection(_connectionString!);
    }

    private void Return(StatementConnection connection)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            connection.Dispose();
            return;
        }

        connection.Trim(MaxShared);
        _idle.Add(connection);
    }

    /// What is kept for one aggregate field: the list field it was asked under, and its statement, or why there is none.
    private sealed record Entry(GraphQLField List, AggregateStatement? Statement, bool Refused);
}

/// Where a root list's aggregates may run as prepared statements: the statements, and the list field asked for.
public sealed record PreparedScope(PreparedAggregates Statements, GraphQLField List);

/// A filtered source whose aggregates may run as prepared statements.
internal interface IPreparedSource
{
    PreparedScope? Prepared { get; }
}

/// One statement as EF Core wrote it: its SQL and parameter values, the CLR types of its keys, and (after its first
/// run) where its columns are.
internal sealed class AggregateStatement(string sql, (string Name, object? Value, SqliteType Type)[] parameters, Type[] keyTypes)
{
    public string Sql { get; } = sql;

    public (string Name, object? Value, SqliteType Type)[] Parameters { get; } = parameters;

    public Type[] KeyTypes { get; } = keyTypes;

    public AggregateColumns? Columns { get; set; }
}

/// An open read-only connection with the statements it has prepared.
internal sealed class StatementConnection : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<AggregateStatement, SqliteCommand> _commands = [];

    public StatementConnection(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
    }

    public SqliteCommand Command(AggregateStatement statement)
    {
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, value, type) in statement.Parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, type) { Value = value ?? DBNull.Value });
            }

            command.Prepare();
            _commands[statement] = command;
        }

        return command;
    }

    /// Statements of documents no longer kept go with the rest when there are more than the kept ones can be.
    public void Trim(int max)
    {
        if (_commands.Count > max)
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
        }
    }

    public void Dispose()
    {
        Trim(-1);
        _connection.Dispose();
    }
}
