using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.MigrantStocks;

/// The IMS 2024 series of many destinations with one SQL GROUP BY (destination, year, sex).
public static class MigrantStockSeries
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<MigrantStockYear>>> LoadAsync(
        IDbContextFactory<OpenGcmDbContext> factory, IReadOnlyCollection<string> destinations, CancellationToken cancellationToken)
    {
        var keys = destinations.ToArray();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sums = await db.Set<MigrantStockEstimate>()
            .Where(e => keys.Contains(e.DestinationIso3))
            .GroupBy(e => new { e.DestinationIso3, e.Year, e.Sex })
            .Select(g => new { g.Key.DestinationIso3, g.Key.Year, g.Key.Sex, Migrants = g.Sum(e => (long)e.Migrants) })
            .ToListAsync(cancellationToken);
        var series = sums
            .GroupBy(s => s.DestinationIso3)
            .ToDictionary(
                d => d.Key,
                d => (IReadOnlyList<MigrantStockYear>)[.. d.GroupBy(s => s.Year).OrderBy(y => y.Key).Select(y => new MigrantStockYear(
                    y.Key, y.Where(s => s.Sex == Sex.Female).Sum(s => s.Migrants), y.Where(s => s.Sex == Sex.Male).Sum(s => s.Migrants)))]);
        foreach (var key in keys)
        {
            series.TryAdd(key, []);
        }

        return series;
    }
}
