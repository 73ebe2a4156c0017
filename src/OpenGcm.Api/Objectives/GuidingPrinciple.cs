namespace OpenGcm.Api.Objectives;

/// One of the 10 guiding principles of the Global Compact, para 15 (a)-(j) (data/guiding_principles.csv).
public sealed class GuidingPrinciple
{
    public required string Key { get; init; }

    public required string Letter { get; init; }

    public required string Name { get; init; }

    public required string SourceIds { get; init; }
}
