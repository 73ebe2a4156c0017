namespace OpenGcm.Api.Sources;

/// Where facts come from (data/sources.csv); rows of every other file name these by id.
public sealed class Source
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public string? Licence { get; init; }

    public string? Notes { get; init; }
}
