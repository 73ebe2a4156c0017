using OpenGcm.Api.Areas;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.MissingMigrants;

/// A missing-migrant record's fields and what lists of records offer on each: one line per field.
public static class MissingMigrantList
{
    public static readonly ListDefinition<MissingMigrantRecord, int> Definition = new ListDefinition<MissingMigrantRecord, int>(
            "MissingMigrantRecord", "MissingMigrantRecords", m => m.Id)
        .Field("recordId", m => m.Id, "Position of the record in IOM's file (the source has no id of its own).", Use.All)
        .Field("incidentDate", m => m.IncidentDate, "Date of the incident (or of the record).", Use.All, typeof(CalendarDateGraphType))
        .Field("year", m => m.Year, "Year of `incidentDate`.", Use.All | Use.Group)
        .Field("recordType", m => m.RecordType, "`Incident`, `Split Incident`, `Cumulative Incident`, as IOM records it.", Use.All | Use.Group)
        .Field("route", m => m.Route, "Migration route as IOM names it, e.g. `Central Mediterranean`; null when none.", Use.All | Use.Group)
        .Field("countryCode", m => m.CountryIso3, "ISO alpha-3 of the country of incident; null where IOM gives none.", Use.All | Use.Group)
        .Measure("deadAndMissing", m => m.DeadAndMissing, "People dead or missing.")
        .Measure("survivors", m => m.Survivors, "Survivors, where IOM records them (a few source values are negative: kept as given).")
        .Field("cause", m => m.Cause, "Cause of death as IOM classifies it.", Use.All | Use.Group)
        .Field("location", m => m.Location, "Location as IOM describes it.", Use.Output | Use.Filter)
        .Field("latitude", m => m.Latitude, "Latitude (WGS 84) of the incident.", Use.Output | Use.Filter)
        .Field("longitude", m => m.Longitude, "Longitude (WGS 84) of the incident.", Use.Output | Use.Filter)
        .Field("originCodesText", m => m.OriginCodes, "Origin codes as one text, `;`-separated: filter with `contains: \"SYR\"`.", Use.Filter)
        .Object("country", m => m.Country, () => AreaList.Definition, "Country of incident.", sortable: true)
        .Group("REGION_OF_INCIDENT", m => m.Country!.Region, "UN M49 region of the country of incident.");
}
