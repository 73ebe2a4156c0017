using OpenGcm.Api.Data;

namespace OpenGcm.Api.ImrfSessions;

/// data/imrf_forums.csv: the International Migration Review Forums (2022, 2026).
public sealed class ImrfForumsFile : DataFile
{
    public override int Position => 90;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var forums = reading.Csv("imrf_forums.csv", ["key", "name", "start_date", "end_date", "location", "chair", "confidence", "notes",
            "verified_on", "sources"], r => new ImrfForum
            {
                Key = r.Required("key"),
                Name = r.Required("name"),
                StartDate = r.OptionalDate("start_date"),
                EndDate = r.OptionalDate("end_date"),
                Location = r.Optional("location"),
                Chair = r.Optional("chair"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            });
        reading.Index(forums, f => f.Key, "key");
        return LoadedTable.Of("imrf_forums", forums, bulk: true);
    }
}
