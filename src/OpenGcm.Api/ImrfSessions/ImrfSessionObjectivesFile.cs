using OpenGcm.Api.Data;
using OpenGcm.Api.Objectives;

namespace OpenGcm.Api.ImrfSessions;

/// data/imrf_session_objectives.csv: which objectives each session took up.
public sealed class ImrfSessionObjectivesFile : DataFile
{
    public override int Position => 110;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var sessionById = reading.Keys<string, ImrfSession>();
        var objectiveByNumber = reading.Keys<int, Objective>();
        var links = reading.Csv("imrf_session_objectives.csv", ["session_id", "objective_number", "sources"], r => new ImrfSessionObjective
        {
            SessionId = refs.Key(r, "session_id", sessionById),
            ObjectiveNumber = refs.Key(r, "objective_number", objectiveByNumber),
            SourceIds = refs.Sources(r),
        });
        CellChecks.Unique(links, x => (x.SessionId, x.ObjectiveNumber), reading.Errors, "session_id, objective_number");
        return LoadedTable.Of("imrf_session_objectives", links, bulk: true);
    }
}
