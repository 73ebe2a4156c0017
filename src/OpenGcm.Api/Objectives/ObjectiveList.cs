using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Objectives;

/// An objective's fields and what lists of objectives offer on each: one line per field.
public static class ObjectiveList
{
    public static readonly ListDefinition<Objective, int> Definition = new ListDefinition<Objective, int>("Objective", "Objectives", o => o.Number)
        .Field("number", o => o.Number, "Objective number, 1-23: the natural key.", Use.All)
        .Field("title", o => o.Title, "Official title as worded in A/RES/73/195.", Use.All)
        .Field(
            "label",
            o => o.Label,
            "Short label used by the UN Network on Migration's hub (e.g. `7 - Reduce vulnerabilities`); not part of the GCM text.",
            Use.Output | Use.Filter)
        .List("reports", o => o.Reports, () => ReportList.Definition, "Reports covering the objective.")
        .List("imrfSessions", o => o.ImrfSessions, () => ImrfSessionList.Definition, "IMRF sessions that took up the objective.")
        .GroupMany("IMRF_SESSION", o => o.ImrfSessions.Select(s => s.Id), "Key of the IMRF session (round table) that took the objective up.");
}
