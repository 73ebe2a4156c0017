using OpenGcm.Api.Data;
using OpenGcm.Api.Objectives;

namespace OpenGcm.Api.Reports;

/// data/report_objectives.csv: which objectives each report addresses.
public sealed class ReportObjectivesFile : DataFile
{
    public override int Position => 130;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var reportById = reading.Keys<string, Report>();
        var objectiveByNumber = reading.Keys<int, Objective>();
        var links = reading.Csv("report_objectives.csv", ["report_id", "objective_number", "sources"], r => new ReportObjective
        {
            ReportId = refs.Key(r, "report_id", reportById),
            ObjectiveNumber = refs.Key(r, "objective_number", objectiveByNumber),
            SourceIds = refs.Sources(r),
        });
        CellChecks.Unique(links, x => (x.ReportId, x.ObjectiveNumber), reading.Errors, "report_id, objective_number");
        return LoadedTable.Of("report_objectives", links, bulk: true);
    }
}
