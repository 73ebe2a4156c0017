namespace OpenGcm.GraphQL.Limits;

/// What one request cost, for its log line: filled in by the handler and the complexity analyzer.
public sealed class RequestMetrics
{
    public const string Key = "OpenGcm.RequestMetrics";

    public string? OperationName { get; set; }

    /// `query`, `mutation` or `subscription` once the operation is known; for metrics and spans.
    public string? OperationType { get; set; }

    public double? Complexity { get; set; }

    public int? Depth { get; set; }

    public bool FromCache { get; set; }
}
