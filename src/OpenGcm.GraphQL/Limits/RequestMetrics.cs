namespace OpenGcm.GraphQL.Limits;

/// What one request cost, for its log line: filled in by the handler and the complexity analyzer.
public sealed class RequestMetrics
{
    public const string Key = "OpenGcm.RequestMetrics";

    public string? OperationName { get; set; }

    public double? Complexity { get; set; }

    public int? Depth { get; set; }

    public bool FromCache { get; set; }
}
