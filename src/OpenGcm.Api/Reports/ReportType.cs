using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;
using OpenGcm.GraphQL.Batching;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Relay;

namespace OpenGcm.Api.Reports;

public sealed class ReportType : ObjectGraphType<Report>
{
    public ReportType(IDbContextFactory<OpenGcmDbContext> factory, DatasetCatalog catalog, QueryInputTypes types)
    {
        Name = "Report";
        Description = "A document on the Global Compact: a Secretary-General's report, a regional review, a State's voluntary review, an outcome document or a General Assembly resolution.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Report;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id for `node(id:)` and `report(id:)`.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Natural key in data/reports.csv, e.g. `sg-a-75-542`; `report(id:)` accepts it too.").Resolve(c => c.Source.Id);
        Field(r => r.Title).Description("Title as the source gives it (in its language).");
        Field(r => r.Kind).Description("What kind of document this is.");
        Field(r => r.Symbol, nullable: true).Description("UN document symbol, e.g. `A/75/542`; null when the document has none or it could not be confirmed.");
        Field(r => r.Year, nullable: true).Description("Year of the document, or of the meeting for a regional review; null when no source gives it.");
        Field<CalendarDateGraphType>("publishedOn").Description("Day the document was dated, released or adopted, when a source gives the exact day.").Resolve(c => c.Source.PublishedOn);
        Field(r => r.Url, nullable: true).Description("Where the document can be read; for some voluntary reviews a third-party copy (see `notes`).");
        Field<StringGraphType>("undocsUrl")
            .Description("The official text through the UN's document-symbol resolver, `https://undocs.org/` + `symbol`; null when the report has no symbol. Derived from the symbol, not from a source.")
            .Resolve(c => c.Source.Symbol is { } symbol ? "https://undocs.org/" + symbol : null);
        Field<StateType>("state")
            .Description("The State a voluntary national review is about; null for other kinds.")
            .Resolve()
            .WithService<BatchLoaderContext>()
            .ResolveAsync((c, loaders) => Task.FromResult<object?>(c.Source.StateIso3 is not { } iso3 ? null : loaders.Load<string, State?>(c, iso3,
                (keys, ct) => KeyedLoads.LoadByKeysAsync(factory, StateQueries.Key, keys, ct), null)));
        Field(r => r.Region, nullable: true).Description("Region a regional review covers, as its organiser names it.");
        Field(r => r.Organizer, nullable: true).Description("Who held a regional review (UN regional commission and partners).");
        Field(r => r.ReviewCycle, nullable: true).Description("The review forum this report informs: `IMRF-2022` or `IMRF-2026`; null when not determinable.");
        Field(r => r.Status, nullable: true).Description("What the sources say of the document's state, in their words (e.g. `report text seen`, `in preparation`, `held`, `announced`).");
        Field(r => r.Confidence, nullable: true).Description("Confidence in this row: `high`, `medium-high`, `medium`, `medium-low` or `low` (see data/README.md).");
        Field(r => r.Notes, nullable: true).Description("Caveats and context from the sources.");
        ObjectiveListField.Add(this, factory, types, r => r.Id, r => r.Objectives, "The GCM objectives this report covers, only where a source says so; empty otherwise.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the facts of this report come from.")
            .Resolve(c => catalog.Resolve(c.Source.SourceIds));
    }
}
