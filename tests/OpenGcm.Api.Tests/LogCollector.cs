using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenGcm.Api.Tests;

/// Keeps every formatted log line (with its state) the server writes.
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> _lines = new();

    public IEnumerable<(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string, IReadOnlyList<KeyValuePair<string, object?>>)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue((category, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }
}
