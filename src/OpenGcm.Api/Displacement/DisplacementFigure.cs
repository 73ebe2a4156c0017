using OpenGcm.Api.Areas;

namespace OpenGcm.Api.Displacement;

/// Forcibly displaced and stateless people by year, origin and asylum (UNHCR Refugee Population
/// Statistics Database; data/displacement.csv). `Id` is the row's position in the file.
public sealed class DisplacementFigure
{
    public const string Edition = "UNHCR refugees R package 2025.12.1 (1951-2025)";

    public int Id { get; init; }

    public int Year { get; init; }

    /// UNHCR's origin code: ISO alpha-3 where one exists, else UNHCR's own (`UNK` unknown, `XXA` stateless, `TIB` Tibetan).
    public required string OriginCode { get; init; }

    public required string OriginName { get; init; }

    public string? OriginIso3 { get; init; }

    public required string AsylumCode { get; init; }

    public required string AsylumName { get; init; }

    public string? AsylumIso3 { get; init; }

    public int? Refugees { get; init; }

    public int? AsylumSeekers { get; init; }

    public int? ReturnedRefugees { get; init; }

    public int? Idps { get; init; }

    public int? ReturnedIdps { get; init; }

    public int? Stateless { get; init; }

    public int? OthersOfConcern { get; init; }

    public int? OtherInNeedOfInternationalProtection { get; init; }

    public int? HostCommunity { get; init; }

    public Area? Origin { get; init; }

    public Area? Asylum { get; init; }
}
