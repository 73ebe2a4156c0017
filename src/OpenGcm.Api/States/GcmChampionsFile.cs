using OpenGcm.Api.Data;

namespace OpenGcm.Api.States;

/// data/gcm_champions.csv: the States found listed as GCM Champions, with the evidence.
public sealed class GcmChampionsFile : DataFile
{
    public override int Position => 60;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var stateByIso3 = reading.Keys<string, State>();
        var champions = reading.Csv("gcm_champions.csv", ["iso3", "first_evidence", "evidence", "role_notes", "confidence", "verified_on",
            "sources"], r => new GcmChampionListing
            {
                Iso3 = refs.Key(r, "iso3", stateByIso3),
                FirstEvidence = CellChecks.PartialDate(r, "first_evidence"),
                Evidence = r.Optional("evidence"),
                RoleNotes = r.Optional("role_notes"),
                Confidence = r.Optional("confidence"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            });
        CellChecks.Unique(champions, c => c.Iso3, reading.Errors, "iso3");
        return LoadedTable.Of("gcm_champions", champions, bulk: true);
    }
}
