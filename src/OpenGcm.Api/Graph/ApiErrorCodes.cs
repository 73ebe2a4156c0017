namespace OpenGcm.Api.Graph;

/// Every `extensions.code` the OpenGcm API itself sends (the plumbing's are in
/// OpenGcm.GraphQL.Errors.ErrorCodes); README.md documents each (a test checks it).
public static class ApiErrorCodes
{
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidSearch = "INVALID_SEARCH";
    public const string SearchSyntaxError = "SEARCH_SYNTAX_ERROR";
    public const string DownloadNotFound = "DOWNLOAD_NOT_FOUND";

    /// `/q/{slug}` or `/embed/{slug}` with a slug that no ready-made question of the playground has.
    public const string UnknownQuestion = "UNKNOWN_QUESTION";
}
