using Microsoft.Net.Http.Headers;

namespace OpenGcm.GraphQL.Http;

/// The response media types of GraphQL over HTTP, chosen by the request's Accept header.
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Csv = "text/csv";

    /// The media type to answer with, or null when the client accepts none we can give (406).
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        // No Accept (or an unreadable one) and `*/*` get application/json, as GraphQL over HTTP advises for
        // clients that may not know the newer media type; application/graphql-response+json is given when named.
        if (acceptHeaders is null || acceptHeaders.Count == 0)
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            return Json;
        }

        double Quality(string mediaType) => accepted
            .Where(a => a.Quality is not 0 && Matches(mediaType, a.MediaType.Value ?? string.Empty))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(-1)
            .Max();

        var graphql = accepted.Where(a => a.Quality is not 0 && string.Equals(a.MediaType.Value, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var json = Quality(Json);

        // CSV only when asked for by name: a browser's */* still gets JSON.
        var csv = accepted.Where(a => a.Quality is not 0 && string.Equals(a.MediaType.Value, Csv, StringComparison.OrdinalIgnoreCase)).Select(a =>
            a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        if (graphql < 0 && json < 0 && csv < 0)
        {
            return null;
        }

        return csv > graphql && csv > json ? Csv : graphql >= 0 && graphql >= json ? GraphQLResponse : Json;
    }

    /// `type/subtype` against an Accept range (`*/*`, `application/*`), without treating a `+json`
    /// suffix as `json`: a client asking for application/json only must get exactly that.
    private static bool Matches(string mediaType, string range)
    {
        if (range == "*/*")
        {
            return true;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        return range.EndsWith("/*", StringComparison.Ordinal)
            ? string.Equals(range[..^2], mediaType[..slash], StringComparison.OrdinalIgnoreCase)
            : string.Equals(range, mediaType, StringComparison.OrdinalIgnoreCase);
    }

    public static bool PrefersHtml(IList<string>? acceptHeaders)
        => acceptHeaders is not null
            && MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)
            && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
