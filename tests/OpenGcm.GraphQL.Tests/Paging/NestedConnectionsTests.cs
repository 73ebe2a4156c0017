using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Tests.Paging;

public sealed class NestedConnectionsTests : IDisposable
{
    private static readonly QueryShape<Book> ById = new() { Sort = [SortField.Ascending((Book b) => b.Id)] };
    private readonly TestDb _db = new();

    public void Dispose() => _db.Dispose();

    private Task<IReadOnlyDictionary<int, Connection<Book>>> LoadAsync(PageRequest page, bool count = false, params int[] shelves)
        => NestedConnections.LoadPagesAsync(_db, (Shelf s) => s.Id, s => s.Books, shelves, ById, page, count, CancellationToken.None);

    [Fact]
    public async Task Pages_of_many_parents_come_from_one_statement()
    {
        var pages = await LoadAsync(new PageRequest(2, null, null, null), true, 1, 5, 10);

        Assert.Single(_db.Sql.Commands);
        Assert.Equal([101], pages[1].Items.Select(b => b.Id));
        Assert.False(pages[1].HasNextPage);
        Assert.Equal([501, 502], pages[5].Items.Select(b => b.Id));
        Assert.True(pages[5].HasNextPage);
        Assert.Equal(10, await pages[10].GetTotalCountAsync(CancellationToken.None));
        Assert.Single(_db.Sql.Commands);
    }

    [Fact]
    public async Task Last_without_before_takes_each_parents_tail()
    {
        var pages = await LoadAsync(new PageRequest(null, null, 2, null), false, 3, 7);

        Assert.Equal([302, 303], pages[3].Items.Select(b => b.Id));
        Assert.Equal([706, 707], pages[7].Items.Select(b => b.Id));
        Assert.True(pages[7].HasPreviousPage);
        Assert.Equal(Cursor.Encode(5), pages[7].StartCursor);
    }

    [Fact]
    public async Task After_applies_to_every_parent()
    {
        var pages = await LoadAsync(new PageRequest(2, 1, null, null), false, 2, 4);

        Assert.Empty(pages[2].Items);
        Assert.Equal([403, 404], pages[4].Items.Select(b => b.Id));
        Assert.False(pages[4].HasNextPage);
    }

    [Fact]
    public async Task Plain_lists_are_filtered_and_ordered_in_sql()
    {
        var shape = new QueryShape<Book> { Filter = b => b.Id % 2 == 0, Sort = [SortField.Ascending((Book b) => b.Id).Reversed()] };

        var lists = await NestedConnections.LoadListsAsync(_db, (Shelf s) => s.Id, s => s.Books, [4, 99], shape, CancellationToken.None);

        Assert.Equal([404, 402], lists[4].Select(b => b.Id));
        Assert.Empty(lists[99]);
        Assert.Contains("WHERE", Assert.Single(_db.Sql.Commands), StringComparison.Ordinal);
    }
}
