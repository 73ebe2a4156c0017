using System.Collections.Concurrent;

namespace OpenGcm.GraphQL.Telemetry;

/// Operation names are chosen by clients: as a metric tag each new one is a new time series. Only
/// valid GraphQL names are kept, the first `Limit` distinct ones; any other is `(other)`; an answer from the cache
/// whose GET names no operation is `(cached)`.
public sealed class OperationTag
{
    public const string Anonymous = "(anonymous)";
    public const string Other = "(other)";
    public const string Cached = "(cached)";

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public int Limit { get; init; } = 200;

    public string For(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return Anonymous;
        }

        if (operationName == Cached)
        {
            return Cached;
        }

        if (_known.TryGetValue(operationName, out var known))
        {
            return known;
        }

        if (!IsName(operationName) || _known.Count >= Limit)
        {
            return Other;
        }

        return _known.GetOrAdd(operationName, operationName);
    }

    /// The GraphQL spec's Name: /[_A-Za-z][_0-9A-Za-z]*/, here at most 64 characters.
    public static bool IsName(string value)
        => value.Length is > 0 and <= 64
            && (char.IsAsciiLetter(value[0]) || value[0] == '_')
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
