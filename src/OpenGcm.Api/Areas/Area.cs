using OpenGcm.Api.States;

namespace OpenGcm.Api.Areas;

/// A country or area of UN M49, territories included (data/areas.csv).
public sealed class Area
{
    /// ISO 3166-1 alpha-3, or UN DESA's own code where ISO has none (`XCX`, Channel Islands).
    public required string Iso3 { get; init; }

    public string? Iso2 { get; init; }

    public required string M49 { get; init; }

    public required string Name { get; init; }

    public string? Region { get; init; }

    public string? SubRegion { get; init; }

    public string? IntermediateRegion { get; init; }

    public bool Ldc { get; init; }

    public bool Lldc { get; init; }

    public bool Sids { get; init; }

    public bool IsState { get; init; }

    public required LocalizedNames Names { get; init; }

    public required string SourceIds { get; init; }

    public State? State { get; init; }
}
