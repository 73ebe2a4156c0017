namespace OpenGcm.GraphQL.Errors;

/// Every `extensions.code` the GraphQL plumbing sends, in one place; README.md documents each
/// (a test checks it). Codes of GraphQL.NET's own validation rules pass through as GraphQL.NET names them.
public static class ErrorCodes
{
    // The request as HTTP
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InvalidJson = "INVALID_JSON";
    public const string CsvNeedsAList = "CSV_NEEDS_A_LIST";

    // The document, before execution
    public const string MissingQuery = "MISSING_QUERY";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string TooManySelections = "TOO_MANY_SELECTIONS";

    // Persisted queries (Apollo APQ and the allow-list)
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";

    // Arguments of list fields
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string NegativePageSize = "NEGATIVE_PAGE_SIZE";
    public const string FirstAndLastTogether = "FIRST_AND_LAST_TOGETHER";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
    public const string InvalidGroupBy = "INVALID_GROUP_BY";

    // Sent by GraphQL.NET (parser, complexity analyzer, executer) under these names
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string Complexity = "COMPLEXITY";
    public const string Timeout = "TIMEOUT";
}
