namespace OpenGcm.Api.Data;

/// One data file as the built database describes it: rows, and from datapackage.json its title,
/// edition, licence and the provider's attribution line (for `dataset { tables }`).
public sealed class DatasetTable
{
    public required string Name { get; init; }

    public int Position { get; init; }

    public int Rows { get; init; }

    public string? Title { get; init; }

    public string? Provider { get; init; }

    public string? Edition { get; init; }

    public string? Licence { get; init; }

    public string? Attribution { get; init; }
}
