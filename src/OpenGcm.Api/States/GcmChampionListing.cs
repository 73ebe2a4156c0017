namespace OpenGcm.Api.States;

/// A source names the State as a GCM Champion country (data/gcm_champions.csv). The list is
/// partial: a State without a listing is "not listed", which does not mean "not a champion".
public sealed class GcmChampionListing
{
    public required string Iso3 { get; init; }

    /// Earliest dated evidence as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public string? FirstEvidence { get; init; }

    public string? Evidence { get; init; }

    public string? RoleNotes { get; init; }

    public string? Confidence { get; init; }

    /// When the row's facts were last checked against its sources; null where no check date is recorded.
    public DateOnly? VerifiedOn { get; init; }

    public required string SourceIds { get; init; }
}
