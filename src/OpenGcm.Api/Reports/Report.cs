using OpenGcm.Api.Objectives;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Reports;

/// A report or decision on the Global Compact (data/reports.csv).
public sealed class Report
{
    public required string Id { get; init; }

    public required ReportKind Kind { get; init; }

    public required string Title { get; init; }

    public string? Symbol { get; init; }

    public int? Year { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public string? Url { get; init; }

    public string? StateIso3 { get; init; }

    public State? State { get; init; }

    public string? Region { get; init; }

    public string? Organizer { get; init; }

    public string? ReviewCycle { get; init; }

    public string? Status { get; init; }

    public string? Confidence { get; init; }

    public string? Notes { get; init; }

    /// When the row's facts were last checked against its sources; null where no check date is recorded.
    public DateOnly? VerifiedOn { get; init; }

    public required string SourceIds { get; init; }

    public List<Objective> Objectives { get; init; } = [];
}
