namespace OpenGcm.Api.Data;

/// One data file: its name (without `.csv`), how many rows it had, and the entities to write
/// (none when its rows were merged into another table's, like the votes into the States).
/// Bulk tables are written with one prepared INSERT instead of EF Core's change tracking.
public sealed record LoadedTable(string Name, int Rows, IReadOnlyList<object> Entities, bool Bulk = false)
{
    public static LoadedTable Of<T>(string name, IReadOnlyList<T> rows, bool bulk = false)
        where T : class
        => new(name, rows.Count, rows, bulk);
}
