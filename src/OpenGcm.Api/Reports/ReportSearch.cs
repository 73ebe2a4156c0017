using System.Linq.Expressions;
using GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Querying;

namespace OpenGcm.Api.Reports;

/// Full-text search over reports with SQLite FTS5 (table `ReportSearch`, built with the database):
/// title, symbol, notes, region and status, State name and organiser.
public static class ReportSearch
{
    public const string Table = "ReportSearch";

    /// The most matches a search considers; more would make the rank ordering expensive.
    public const int MaxHits = 1000;

    public static readonly string[] BuildSql =
    [
        $"CREATE VIRTUAL TABLE {Table} USING fts5(ReportId UNINDEXED, Title, Symbol, Summary, StateName, Organizer, tokenize = 'unicode61 "
            + "remove_diacritics 2')",
        $"""
        INSERT INTO {Table} (ReportId, Title, Symbol, Summary, StateName, Organizer)
        SELECT r.Id, r.Title, coalesce(r.Symbol, ''), trim(coalesce(r.Notes, '') || ' ' || coalesce(r.Region, '') || ' ' || coalesce(r.Status, '')),
            coalesce(s.Name, ''), coalesce(r.Organizer, '')
        FROM Reports AS r LEFT JOIN States AS s ON s.Iso3 = r.StateIso3
        """,
    ];

    /// Report ids matching `search`, best first (FTS5 bm25). FTS5 query syntax is allowed; a query
    /// it cannot parse is a field error, never a server error.
    public static async Task<IReadOnlyList<string>> FindAsync(IDbContextFactory<OpenGcmDbContext> factory, string search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(search) || search.Length > 500)
        {
            throw new ExecutionError("`search` must hold 1 to 500 characters.") { Code = ApiErrorCodes.InvalidSearch };
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        try
        {
            return await db.Database
                .SqlQuery<string>($"SELECT ReportId AS Value FROM ReportSearch WHERE ReportSearch MATCH {search} ORDER BY bm25(ReportSearch) LIMIT {MaxHits}")
                .ToListAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            var reason = ex.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal);
            throw new ExecutionError($"`search` is not a valid full-text query: {reason}. Put words in double quotes to search for them literally.")
            {
                Code = ApiErrorCodes.SearchSyntaxError,
            };
        }
    }

    /// Keeps only the hits; without an explicit `order`, ranks them by relevance (then by key). The rank
    /// is the hit's position in one `|`-joined string (SQL `instr`): a flat expression, whatever the count.
    public static QueryShape<Report> Apply(QueryShape<Report> shape, IReadOnlyList<string> hits, bool ordered)
    {
        Expression<Func<Report, bool>> matches = r => hits.Contains(r.Id);
        var filter = shape.Filter is null
            ? matches
            : Expression.Lambda<Func<Report, bool>>(Expression.AndAlso(shape.Filter.Body, ParameterReplacer.Replace(matches,
                shape.Filter.Parameters[0])), shape.Filter.Parameters);
        if (ordered || hits.Count == 0)
        {
            return new QueryShape<Report> { Filter = filter, Sort = shape.Sort, Projection = shape.Projection };
        }

        // string.IndexOf(string), which EF Core sends to SQLite as instr(); built by hand because the
        // overload without a StringComparison is the only one translated (and analyzers rightly flag it in code).
        var report = Expression.Parameter(typeof(Report), "r");
        Expression<Func<Report, string>> delimited = r => "|" + r.Id + "|";
        var indexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
        var rank = Expression.Call(Expression.Constant("|" + string.Join('|', hits) + "|"), indexOf, ParameterReplacer.Replace(delimited, report));
        return new QueryShape<Report>
        {
            Filter = filter,
            Sort = [new SortField(Expression.Lambda(rank, report), false), .. shape.Sort],
            Projection = shape.Projection
        };
    }
}
