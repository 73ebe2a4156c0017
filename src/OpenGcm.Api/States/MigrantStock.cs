namespace OpenGcm.Api.States;

/// International migrant stock at mid-year in a State (UN DESA International Migrant Stock 2020).
public sealed class MigrantStock
{
    public required string Iso3 { get; init; }

    public required int Year { get; init; }

    public required long Total { get; init; }

    public double? PercentOfPopulation { get; init; }

    public required string SourceIds { get; init; }
}
