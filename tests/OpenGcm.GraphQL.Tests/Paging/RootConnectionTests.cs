using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.GraphQL.Tests.Paging;

public sealed class RootConnectionTests : IDisposable
{
    private static readonly QueryShape<Shelf> ById = new() { Sort = [SortField.Ascending((Shelf s) => s.Id)] };
    private readonly TestDb _db = new();

    public void Dispose() => _db.Dispose();

    private Task<Connection<Shelf>> PageAsync(int? first = null, int? after = null, int? last = null, int? before = null, QueryShape<Shelf>? shape = null)
        => RootConnection.ResolveAsync(_db, db => db.Set<Shelf>(), shape ?? ById, new PageRequest(first, after, last, before), CancellationToken.None);

    [Fact]
    public async Task First_page_has_next_and_no_previous()
    {
        var page = await PageAsync(first: 3);

        Assert.Equal([1, 2, 3], page.Items.Select(s => s.Id));
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(Cursor.Encode(2), page.EndCursor);
    }

    [Fact]
    public async Task After_continues_from_the_cursor_and_the_last_page_has_no_next()
    {
        var page = await PageAsync(first: 5, after: 6);

        Assert.Equal([8, 9, 10], page.Items.Select(s => s.Id));
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task Walking_with_end_cursors_visits_every_item_once()
    {
        var seen = new List<int>();
        int? after = null;
        while (true)
        {
            var page = await PageAsync(first: 3, after: after);
            seen.AddRange(page.Items.Select(s => s.Id));
            if (!page.HasNextPage)
            {
                break;
            }

            after = Cursor.Decode(page.EndCursor!, "after");
        }

        Assert.Equal(Enumerable.Range(1, 10), seen);
    }

    [Fact]
    public async Task Last_gives_the_tail_with_previous_pages()
    {
        var page = await PageAsync(last: 2);

        Assert.Equal([9, 10], page.Items.Select(s => s.Id));
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
        Assert.Equal(10, await page.GetTotalCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Last_before_gives_the_items_just_before_the_cursor()
    {
        var page = await PageAsync(last: 2, before: 5);

        Assert.Equal([4, 5], page.Items.Select(s => s.Id));
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task First_before_stops_at_the_cursor()
    {
        var page = await PageAsync(first: 10, before: 2);

        Assert.Equal([1, 2], page.Items.Select(s => s.Id));
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Paging_runs_in_sql_with_limit_and_offset_and_counts_only_when_asked()
    {
        var page = await PageAsync(first: 2, after: 3);

        var select = Assert.Single(_db.Sql.Commands);
        Assert.Contains("ORDER BY", select, StringComparison.Ordinal);
        Assert.Contains("LIMIT", select, StringComparison.Ordinal);
        Assert.Contains("OFFSET", select, StringComparison.Ordinal);

        Assert.Equal(10, await page.GetTotalCountAsync(CancellationToken.None));
        Assert.Contains("COUNT(*)", _db.Sql.Commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_and_sort_of_the_shape_become_where_and_order_by()
    {
        var shape = new QueryShape<Shelf> { Filter = s => s.Id > 4, Sort = [SortField.Ascending((Shelf s) => s.Name).Reversed(), SortField.Ascending((Shelf s) => s.Id)] };

        var page = await PageAsync(first: 3, shape: shape);

        Assert.Equal([10, 9, 8], page.Items.Select(s => s.Id));
        Assert.Contains("WHERE", _db.Sql.Commands[0], StringComparison.Ordinal);
        Assert.Contains("DESC", _db.Sql.Commands[0], StringComparison.Ordinal);
    }
}
