using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Tests.Paging;

public sealed class ProjectionTests : IDisposable
{
    private static readonly ProjectionDefinition<Shelf> Columns = new ProjectionDefinition<Shelf>()
        .Always(s => s.Id)
        .Field("id")
        .Field("name", s => s.Name);

    private readonly TestDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Only_the_selected_columns_and_the_key_are_read()
    {
        var shape = new QueryShape<Shelf> { Sort = [SortField.Ascending((Shelf s) => s.Name).Reversed(), SortField.Ascending((Shelf s) => s.Id)], Projection = Columns.For(["id"]) };

        var page = await RootConnection.ResolveAsync(_db, db => db.Set<Shelf>(), shape, new PageRequest(2, null, null, null), CancellationToken.None);

        var select = Assert.Single(_db.Sql.Commands);
        Assert.StartsWith("SELECT \"s\".\"Id\"\nFROM", select, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"s\".\"Name\" DESC", select, StringComparison.Ordinal);
        Assert.Equal([10, 9], page.Items.Select(s => s.Id));
        Assert.All(page.Items, s => Assert.Null(s.Name));
    }

    [Fact]
    public void An_undeclared_field_reads_every_column() => Assert.Null(Columns.For(["id", "somethingNew"]));

    [Fact]
    public void Projections_are_built_once_per_selection()
        => Assert.Same(Columns.For(["name", "id"]), Columns.For(["id", "name"]));
}
