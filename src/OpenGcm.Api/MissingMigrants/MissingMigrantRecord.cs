using OpenGcm.Api.Areas;

namespace OpenGcm.Api.MissingMigrants;

/// A death or disappearance of people in the process of migration (IOM Missing Migrants Project;
/// data/missing_migrants.csv): one recorded incident, or a split or cumulative record. The source has
/// no id: `Id` is the row's position in the source file.
public sealed class MissingMigrantRecord
{
    public const string Edition = "IOM Missing Migrants Project, updated 2025-06-04 (2014-01 to 2025-04)";

    public int Id { get; init; }

    public DateOnly IncidentDate { get; init; }

    /// Year of `IncidentDate`, stored for grouping.
    public int Year { get; init; }

    public required string RecordType { get; init; }

    public string? Route { get; init; }

    public string? CountryIso3 { get; init; }

    public int DeadAndMissing { get; init; }

    public int? Survivors { get; init; }

    public string? Cause { get; init; }

    /// Origin codes separated by `;` (`UNK` unknown).
    public string? OriginCodes { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public Area? Country { get; init; }
}
