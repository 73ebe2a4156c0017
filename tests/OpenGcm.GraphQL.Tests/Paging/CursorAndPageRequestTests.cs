using GraphQL;
using GraphQL.Execution;
using OpenGcm.GraphQL.Errors;
using OpenGcm.GraphQL.Paging;

namespace OpenGcm.GraphQL.Tests.Paging;

public sealed class CursorAndPageRequestTests
{
    private static readonly PagingOptions Options = new() { DefaultPageSize = 5, MaxPageSize = 20 };

    private static PageRequest From(params (string Name, object? Value)[] arguments)
    {
        var context = new ResolveFieldContext
        {
            Arguments = arguments.ToDictionary(a => a.Name, a => new ArgumentValue(a.Value, ArgumentSource.Literal)),
        };
        return PageRequest.From(context, Options);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(int.MaxValue)]
    public void Cursors_round_trip(int index) => Assert.Equal(index, Cursor.Decode(Cursor.Encode(index), "after"));

    [Theory]
    [InlineData("")]
    [InlineData("Zm9v")]
    [InlineData("bzotMQ")]
    [InlineData("%%%")]
    [InlineData("bzowMQ")]
    public void Forged_or_foreign_cursors_are_rejected_with_a_code(string cursor)
    {
        var error = Assert.Throws<ArgumentValueError>(() => Cursor.Decode(cursor, "after"));
        Assert.Equal(ErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public void No_size_means_the_default_page_size()
        => Assert.Equal(new PageRequest(5, null, null, null), From());

    [Fact]
    public void Before_alone_pages_backwards_with_the_default_size()
        => Assert.Equal(new PageRequest(null, null, 5, 3), From(("before", Cursor.Encode(3))));

    [Theory]
    [InlineData("first", 21, ErrorCodes.PageSizeTooLarge)]
    [InlineData("last", 21, ErrorCodes.PageSizeTooLarge)]
    [InlineData("first", -1, ErrorCodes.NegativePageSize)]
    [InlineData("last", -1, ErrorCodes.NegativePageSize)]
    public void Bad_sizes_are_field_errors_with_their_own_code(string argument, int size, string code)
        => Assert.Equal(code, Assert.Throws<ArgumentValueError>(() => From((argument, size))).Code);

    [Fact]
    public void First_and_last_together_is_an_error()
        => Assert.Equal(ErrorCodes.FirstAndLastTogether, Assert.Throws<ArgumentValueError>(() => From(("first", 1), ("last", 1))).Code);

    [Fact]
    public void The_maximum_itself_is_allowed()
        => Assert.Equal(20, From(("first", 20)).First);
}
