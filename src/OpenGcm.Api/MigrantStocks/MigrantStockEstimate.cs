using OpenGcm.Api.Areas;

namespace OpenGcm.Api.MigrantStocks;

/// International migrants at mid-year by destination, origin and sex (UN DESA International Migrant
/// Stock 2024; data/migrant_stock_ims2024.csv). `Id` is the row's position in the file, which is
/// sorted by destination, year, origin and sex.
public sealed class MigrantStockEstimate
{
    public const string Edition = "IMS 2024";

    public int Id { get; init; }

    public required string DestinationIso3 { get; init; }

    public int Year { get; init; }

    /// ISO alpha-3 (or `XCX`) of the origin; `OOO` for other or unknown origins.
    public required string OriginCode { get; init; }

    /// The origin as an area; null for `OOO`.
    public string? OriginIso3 { get; init; }

    public Sex Sex { get; init; }

    public int Migrants { get; init; }

    public bool BasisForeignBorn { get; init; }

    public bool BasisCitizenship { get; init; }

    public bool IncludesRefugees { get; init; }

    public bool Imputed { get; init; }

    public Area? Destination { get; init; }

    public Area? Origin { get; init; }
}
