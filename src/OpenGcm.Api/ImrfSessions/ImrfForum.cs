namespace OpenGcm.Api.ImrfSessions;

/// An International Migration Review Forum (data/imrf_forums.csv).
public sealed class ImrfForum
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? Location { get; init; }

    public string? Chair { get; init; }

    public string? Confidence { get; init; }

    public string? Notes { get; init; }

    /// When the row's facts were last checked against its sources; null where no check date is recorded.
    public DateOnly? VerifiedOn { get; init; }

    public required string SourceIds { get; init; }

    public List<ImrfSession> Sessions { get; init; } = [];
}
