using OpenGcm.Api.Data;

namespace OpenGcm.Api.ImrfSessions;

/// data/imrf_sessions.csv: the sessions of each Forum (plenaries, round tables, policy debate, preparatory).
public sealed class ImrfSessionsFile : DataFile
{
    public override int Position => 100;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var forumByKey = reading.Keys<string, ImrfForum>();
        var sessions = reading.Csv("imrf_sessions.csv", ["id", "forum", "kind", "number", "name", "theme", "date", "end_date", "date_note",
            "status", "confidence", "notes", "verified_on", "sources"], r => new ImrfSession
            {
                Id = r.Required("id"),
                ForumKey = refs.Key(r, "forum", forumByKey),
                Kind = r.Enum<ImrfSessionKind>("kind"),
                Number = r.OptionalInt("number"),
                Name = r.Required("name"),
                Theme = r.Optional("theme"),
                Date = r.OptionalDate("date"),
                EndDate = r.OptionalDate("end_date"),
                DateNote = r.Optional("date_note"),
                Status = r.Enum<ImrfSessionStatus>("status"),
                Confidence = r.Optional("confidence"),
                Notes = r.Optional("notes"),
                VerifiedOn = r.OptionalDate("verified_on"),
                SourceIds = refs.Sources(r),
            });
        reading.Index(sessions, s => s.Id, "id");
        return LoadedTable.Of("imrf_sessions", sessions, bulk: true);
    }
}
