namespace OpenGcm.Api.MigrantStocks;

/// A destination's international migrants in one year, by sex and in total (sums over origins of
/// the IMS 2024 estimates).
public sealed record MigrantStockYear(int Year, long Female, long Male)
{
    public long Total => Female + Male;
}
