using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Reports;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.Api.Objectives;

/// What `where` and `order` offer on objectives: one line per field.
public static class ObjectiveFilters
{
    public static readonly FilterDefinition<Objective> Filter = new FilterDefinition<Objective>("Objective")
        .Field("number", o => o.Number, "Objective number, 1-23.")
        .Field("title", o => o.Title, "Official title.")
        .Field("label", o => o.Label, "UN Network label.")
        .List("reports", o => o.Reports, () => ReportFilters.Filter, "Reports covering the objective.")
        .List("imrfSessions", o => o.ImrfSessions, () => ImrfSessionFilters.Filter, "IMRF sessions that took up the objective.");

    public static readonly SortDefinition<Objective> Sort = new SortDefinition<Objective>("Objective")
        .Field("number", o => o.Number, "Objective number.")
        .Field("title", o => o.Title, "Official title.");

    public static readonly GroupByDefinition<Objective> Groups = new GroupByDefinition<Objective>("Objectives")
        .Many("IMRF_SESSION", o => o.ImrfSessions.Select(s => s.Id), "Key of the IMRF session (round table) that took the objective up.");
}
