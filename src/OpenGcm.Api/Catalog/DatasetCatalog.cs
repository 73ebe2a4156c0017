using OpenGcm.Api.Data;
using OpenGcm.Api.Sources;

namespace OpenGcm.Api.Catalog;

/// Facts about the served database, read once at start-up: version, sources and row counts.
/// The database is read-only, so they cannot go stale while the process runs.
public sealed class DatasetCatalog
{
    private Dictionary<string, Source> _sourceById = [];

    public string ContentHash { get; private set; } = string.Empty;

    /// The first 12 hex digits of the content hash: changes whenever any data file changes.
    public string Version => ContentHash.Length >= 12 ? ContentHash[..12] : ContentHash;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public IReadOnlyList<TableCount> Counts { get; private set; } = [];

    /// Each data file with its rows, edition, licence and attribution, in the order they were written.
    public IReadOnlyList<DatasetTable> Tables { get; private set; } = [];

    public void Load(OpenGcmDbContext db)
    {
        ContentHash = db.Meta.Where(m => m.Key == DatasetMeta.ContentHash).Select(m => m.Value).Single();
        Sources = db.Sources.OrderBy(s => s.Id).ToList();
        _sourceById = Sources.ToDictionary(s => s.Id);
        Tables = [.. db.Set<DatasetTable>().OrderBy(t => t.Position)];
        Counts = [.. Tables.Select(t => new TableCount(t.Name, t.Rows))];
    }

    /// The sources named by one or more `sources` cells ("id;id"), in order, without repeats.
    public IReadOnlyList<Source> Resolve(params string?[] sourceIds)
        => sourceIds.Where(ids => !string.IsNullOrEmpty(ids))
            .SelectMany(ids => ids!.Split(';'))
            .Distinct(StringComparer.Ordinal)
            .Select(id => _sourceById[id])
            .ToList();
}
