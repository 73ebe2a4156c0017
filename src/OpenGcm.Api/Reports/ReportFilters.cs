using OpenGcm.Api.Objectives;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Grouping;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.Api.Reports;

/// What `where` and `order` offer on reports: one line per field.
public static class ReportFilters
{
    public static readonly FilterDefinition<Report> Filter = new FilterDefinition<Report>("Report")
        .Field("key", r => r.Id, "Natural key, e.g. `sg-a-75-542`.")
        .Field("kind", r => r.Kind, "Kind of document.")
        .Field("title", r => r.Title, "Title.")
        .Field("symbol", r => r.Symbol, "UN document symbol.")
        .Field("year", r => r.Year, "Year.")
        .Field("publishedOn", r => r.PublishedOn, "Day dated, released or adopted.")
        .Field("region", r => r.Region, "Region of a regional review.")
        .Field("organizer", r => r.Organizer, "Organiser of a regional review.")
        .Field("reviewCycle", r => r.ReviewCycle, "Forum the report informs: `IMRF-2022` or `IMRF-2026`.")
        .Object("state", r => r.State, () => StateFilters.Filter, "The State of a voluntary national review.")
        .List("objectives", r => r.Objectives, () => ObjectiveFilters.Filter, "Objectives the report covers.");

    public static readonly SortDefinition<Report> Sort = new SortDefinition<Report>("Report")
        .Field("key", r => r.Id, "Natural key.")
        .Field("kind", r => r.Kind, "Kind (alphabetical by stored name).")
        .Field("title", r => r.Title, "Title.")
        .Field("symbol", r => r.Symbol, "UN document symbol.")
        .Field("year", r => r.Year, "Year; missing years first in ASC.")
        .Field("publishedOn", r => r.PublishedOn, "Day dated or adopted.")
        .Field("reviewCycle", r => r.ReviewCycle, "Forum the report informs.")
        .Object("state", r => r.State, () => StateFilters.Sort, "The State of a voluntary national review.");

    public static readonly GroupByDefinition<Report> Groups = new GroupByDefinition<Report>("Reports")
        .Field("KIND", r => r.Kind, "Kind of document.")
        .Field("YEAR", r => r.Year, "Year.")
        .Field("REVIEW_CYCLE", r => r.ReviewCycle, "Forum the report informs.")
        .Field("STATE", r => r.StateIso3, "ISO alpha-3 of the State of a voluntary review (null for other kinds).")
        .Field("REGION", r => r.Region, "Region of a regional review.")
        .Many("OBJECTIVE", r => r.Objectives.Select(o => o.Number), "Objective number; a report covering three objectives counts once for each, one covering none is not counted.");
}
