using System.Diagnostics.Metrics;
using OpenGcm.Api.Catalog;

namespace OpenGcm.Api.Hosting;

/// `opengcm.dataset.info`: 1, tagged with the version of the dataset served, so a rolling update
/// shows which replicas serve which version.
public sealed class DatasetMetrics
{
    public const string MeterName = "OpenGcm.Api";

    public DatasetMetrics(IMeterFactory meters, DatasetCatalog catalog)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "opengcm.dataset.info",
            () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", catalog.Version)),
            description: "The version of the dataset this replica serves (value 1, version in the tag).");
    }
}
