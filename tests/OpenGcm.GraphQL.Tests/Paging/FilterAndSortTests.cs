using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Filtering;
using OpenGcm.GraphQL.Paging;
using OpenGcm.GraphQL.Querying;
using OpenGcm.GraphQL.Sorting;

namespace OpenGcm.GraphQL.Tests.Paging;

/// Each operator on the small shelf data, through the same path as the API: parsed argument
/// dictionaries to expressions to SQL.
public sealed class FilterAndSortTests : IDisposable
{
    private static readonly FilterDefinition<Book> BookFilter = new FilterDefinition<Book>("Book")
        .Field("id", b => b.Id, "Id.")
        .Field("title", b => b.Title, "Title.");

    private static readonly FilterDefinition<Shelf> ShelfFilter = new FilterDefinition<Shelf>("Shelf")
        .Field("id", s => s.Id, "Id.")
        .Field("name", s => s.Name, "Name.")
        .List("books", s => s.Books, () => BookFilter, "Books.");

    private static readonly SortDefinition<Shelf> ShelfSort = new SortDefinition<Shelf>("Shelf")
        .Field("id", s => s.Id, "Id.")
        .Field("name", s => s.Name, "Name.");

    private readonly TestDb _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<int[]> IdsAsync(Dictionary<string, object?> where, List<object?>? order = null)
    {
        var shape = new QueryShape<Shelf>
        {
            Filter = FilterExpressions.Build<Shelf>(ShelfFilter, where),
            Sort = [.. SortExpressions.Build<Shelf>(ShelfSort, order), SortField.Ascending((Shelf s) => s.Id)],
        };
        var page = await RootConnection.ResolveAsync(_db, db => db.Set<Shelf>(), shape, new PageRequest(50, null, null, null), CancellationToken.None);
        return [.. page.Items.Select(s => s.Id)];
    }

    private static Dictionary<string, object?> Op(string field, string op, object? value) => new() { [field] = new Dictionary<string, object?> { [op] = value } };

    [Theory]
    [InlineData("eq", 3, new[] { 3 })]
    [InlineData("neq", 3, new[] { 1, 2, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("gt", 8, new[] { 9, 10 })]
    [InlineData("ngt", 2, new[] { 1, 2 })]
    [InlineData("gte", 9, new[] { 9, 10 })]
    [InlineData("ngte", 3, new[] { 1, 2 })]
    [InlineData("lt", 3, new[] { 1, 2 })]
    [InlineData("nlt", 9, new[] { 9, 10 })]
    [InlineData("lte", 2, new[] { 1, 2 })]
    [InlineData("nlte", 8, new[] { 9, 10 })]
    public async Task Int_operations(string op, int value, int[] expected)
        => Assert.Equal(expected, await IdsAsync(Op("id", op, value)));

    [Theory]
    [InlineData("eq", "Shelf 03", new[] { 3 })]
    [InlineData("contains", "f 1", new[] { 10 })]
    [InlineData("ncontains", "f 0", new[] { 10 })]
    [InlineData("startsWith", "Shelf 0", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("startsWith", "shelf", new int[0])]
    [InlineData("nstartsWith", "Shelf 0", new[] { 10 })]
    [InlineData("endsWith", "07", new[] { 7 })]
    [InlineData("nendsWith", "0", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("eqIgnoreCase", "SHELF 04", new[] { 4 })]
    [InlineData("containsIgnoreCase", "LF 1", new[] { 10 })]
    [InlineData("startsWithIgnoreCase", "shelf 1", new[] { 10 })]
    public async Task String_operations_are_case_sensitive_unless_named_otherwise(string op, string value, int[] expected)
        => Assert.Equal(expected, await IdsAsync(Op("name", op, value)));

    [Fact]
    public async Task In_and_nin_including_empty_lists()
    {
        Assert.Equal(new[] { 2, 5 }, await IdsAsync(Op("id", "in", new List<object?> { 5, 2, 42 })));
        Assert.Empty(await IdsAsync(Op("id", "in", new List<object?>())));
        Assert.Equal(10, (await IdsAsync(Op("id", "nin", new List<object?>()))).Length);
    }

    [Fact]
    public async Task And_or_combine()
    {
        var where = new Dictionary<string, object?>
        {
            ["or"] = new List<object?> { Op("id", "eq", 1), Op("id", "gte", 9) },
            ["and"] = new List<object?> { Op("id", "neq", 10) },
        };

        Assert.Equal(new[] { 1, 9 }, await IdsAsync(where));
    }

    [Fact]
    public async Task List_filters_some_all_none_any()
    {
        Dictionary<string, object?> Books(string op, object? value) => new() { ["books"] = new Dictionary<string, object?> { [op] = value } };

        Assert.Equal(new[] { 3 }, await IdsAsync(Books("some", Op("title", "eq", "Book 3.3"))));
        Assert.Equal(new[] { 1 }, await IdsAsync(Books("all", Op("id", "lt", 102))));
        Assert.Equal(new[] { 1 }, await IdsAsync(Books("none", Op("id", "gte", 102))));
        Assert.Equal(10, (await IdsAsync(Books("any", true))).Length);
        Assert.Contains("EXISTS", _db.Sql.Commands[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_operands_eq_means_missing_and_others_are_errors()
    {
        Assert.Empty(await IdsAsync(Op("name", "eq", null)));
        Assert.Equal("INVALID_FILTER", (await Assert.ThrowsAsync<ArgumentValueError>(() => IdsAsync(Op("name", "contains", null)))).Code);
    }

    [Fact]
    public async Task Order_priority_then_the_key_breaks_ties()
    {
        var order = new List<object?> { new Dictionary<string, object?> { ["name"] = "DESC" } };

        Assert.Equal(new[] { 10, 9, 8 }, (await IdsAsync([], order)).Take(3));
        Assert.Contains("ORDER BY \"s\".\"Name\" DESC, \"s\".\"Id\"", _db.Sql.Commands[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_values_are_sql_parameters_not_statement_text()
    {
        await IdsAsync(Op("name", "eq", "x'; DROP TABLE Shelf; --"));

        Assert.DoesNotContain("DROP", _db.Sql.Commands[0], StringComparison.Ordinal);
    }
}
