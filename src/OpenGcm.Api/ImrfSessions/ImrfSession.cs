using OpenGcm.Api.Objectives;

namespace OpenGcm.Api.ImrfSessions;

/// A session of an IMRF, or an event on the way to one (data/imrf_sessions.csv).
public sealed class ImrfSession
{
    public required string Id { get; init; }

    public required string ForumKey { get; init; }

    public ImrfForum? Forum { get; init; }

    public required ImrfSessionKind Kind { get; init; }

    public int? Number { get; init; }

    public required string Name { get; init; }

    public string? Theme { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? DateNote { get; init; }

    public required ImrfSessionStatus Status { get; init; }

    public string? Confidence { get; init; }

    public string? Notes { get; init; }

    /// When the row's facts were last checked against its sources; null where no check date is recorded.
    public DateOnly? VerifiedOn { get; init; }

    public required string SourceIds { get; init; }

    public List<Objective> Objectives { get; init; } = [];
}
