using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Reports;

namespace OpenGcm.Api.Objectives;

/// One of the 23 objectives of the Global Compact (data/objectives.csv).
public sealed class Objective
{
    public required int Number { get; init; }

    public required string Title { get; init; }

    public string? Label { get; init; }

    public required string SourceIds { get; init; }

    public List<Report> Reports { get; init; } = [];

    public List<ImrfSession> ImrfSessions { get; init; } = [];
}
