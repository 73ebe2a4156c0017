using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using OpenGcm.Api.Catalog;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;

namespace OpenGcm.Api.Downloads;

/// `Dataset.release`, `releasedOn`, `citation(style:)` and `downloads`: how to cite and pin what is served.
public static class DatasetReleaseFields
{
    public static void AddTo(ObjectGraphType<DatasetCatalog> dataset)
    {
        dataset.Field<StringGraphType>("release")
            .Description("The release: `version` of datapackage.json (e.g. `0.2.0`); null when the served files do not say.")
            .Resolve().WithService<DownloadCatalog>().Resolve((_, downloads) => downloads.Release.Version);
        dataset.Field<CalendarDateGraphType>("releasedOn")
            .Description("The date of the release, from its heading in data/CHANGELOG.md; null when not recorded.")
            .Resolve().WithService<DownloadCatalog>().Resolve((_, downloads) => downloads.Release.Date);
        dataset.Field<NonNullGraphType<StringGraphType>>("citation")
            .Description("How to cite this version: OpenGcm, the release, its date, the dataset version, and the attribution each licensed source requires.")
            .Argument<NonNullGraphType<EnumerationGraphType<CitationStyle>>>("style", arg =>
            {
                arg.Description = "The format: plain text, BibTeX, or CSL-JSON (for reference managers).";
                arg.DefaultValue = CitationStyle.Text;
            })
            .Resolve().WithService<DownloadCatalog>().Resolve((context, downloads) =>
            {
                var (sources, version, release) = (context.Source.Sources, context.Source.Version, downloads.Release);
                return context.GetArgument<CitationStyle>("style") switch
                {
                    CitationStyle.Bibtex => Citation.BibTeX(sources, version, release),
                    CitationStyle.CslJson => Citation.CslJson(sources, version, release),
                    _ => Citation.Text(sources, version, release),
                };
            });
        dataset.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DownloadType>>>>("downloads")
            .Description("The files of this version: the SQLite database itself and the data archive (CSVs, datapackage.json, README, licences).")
            .Resolve().WithService<DownloadCatalog>().Resolve((_, downloads) => downloads.Files);
    }
}
