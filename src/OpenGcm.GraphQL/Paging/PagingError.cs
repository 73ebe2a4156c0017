using GraphQL;

namespace OpenGcm.GraphQL.Paging;

/// A field error for bad paging arguments; the field resolves to null, the request still answers.
public sealed class PagingError : ExecutionError
{
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string NegativePageSize = "NEGATIVE_PAGE_SIZE";
    public const string FirstAndLast = "FIRST_AND_LAST_TOGETHER";
    public const string InvalidCursor = "INVALID_CURSOR";

    public PagingError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
