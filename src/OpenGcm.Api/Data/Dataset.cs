namespace OpenGcm.Api.Data;

/// Every table of data/, validated and linked, in the order it is written in one transaction: the
/// one list of tables that the builder writes and the catalog counts.
public sealed record Dataset(IReadOnlyList<LoadedTable> Tables)
{
    /// The entities of one table, e.g. `Rows<State>("states")`.
    public IReadOnlyList<T> Rows<T>(string name) => [.. Tables.Single(t => t.Name == name).Entities.Cast<T>()];
}
