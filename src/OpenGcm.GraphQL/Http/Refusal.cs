using GraphQL;

namespace OpenGcm.GraphQL.Http;

/// A request refused before or instead of execution: its HTTP status, its error (with a code from
/// a catalogue) and any headers the refusal needs (`Allow` for 405, `Retry-After` for 429).
/// Every refusal is written by RefusalWriter.
public sealed record Refusal(int Status, ExecutionError Error)
{
    public string? Allow { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Code => Error.Code ?? string.Empty;

    public static Refusal Of(int status, string code, string message) => new(status, new ExecutionError(message) { Code = code });
}
