namespace OpenGcm.Api.Reports;

/// A report covers an objective, where a source says so (data/report_objectives.csv).
public sealed class ReportObjective
{
    public required string ReportId { get; init; }

    public required int ObjectiveNumber { get; init; }

    public required string SourceIds { get; init; }
}
