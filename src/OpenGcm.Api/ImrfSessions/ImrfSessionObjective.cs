namespace OpenGcm.Api.ImrfSessions;

/// A session discussed an objective (data/imrf_session_objectives.csv).
public sealed class ImrfSessionObjective
{
    public required string SessionId { get; init; }

    public required int ObjectiveNumber { get; init; }

    public required string SourceIds { get; init; }
}
