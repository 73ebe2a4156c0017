using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenGcm.GraphQL.Telemetry;

namespace OpenGcm.Api.Hosting;

/// A span per SQLite command of EF Core (source `OpenGcm.Data`, DataActivities): the statement's verb only, never its
/// text or parameters. Costs one check per command when nobody listens.
public sealed class SqliteCommandActivities : DbCommandInterceptor
{
    public const string SourceName = DataActivities.SourceName;

    private readonly ConditionalWeakTable<DbCommand, Activity> _running = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Stop(command, null);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Stop(command, null);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Stop(command, null);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Stop(command, null);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Stop(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private void Start(DbCommand command)
    {
        if (!DataActivities.Source.HasListeners() || DataActivities.Start(Verb(command.CommandText)) is not { } activity)
        {
            return;
        }

        _running.AddOrUpdate(command, activity);
    }

    private void Stop(DbCommand command, Exception? error)
    {
        if (_running.TryGetValue(command, out var activity))
        {
            _running.Remove(command);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            }

            activity.Stop();
        }
    }

    private static string Verb(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = span.IndexOfAny(' ', '\n', '\r');
        var verb = (end < 0 ? span : span[..end]).ToString().ToUpperInvariant();
        return verb is "SELECT" or "WITH" or "INSERT" or "UPDATE" or "DELETE" or "PRAGMA" or "CREATE" ? verb : "OTHER";
    }
}
