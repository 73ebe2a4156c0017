using OpenGcm.Api.Data;

namespace OpenGcm.Api.States;

/// data/migrant_stock.csv: the IMS 2020 totals and shares per State (the labelled 2020-edition series).
public sealed class MigrantStockFile : DataFile
{
    public override int Position => 50;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var stateByIso3 = reading.Keys<string, State>();
        var stock = reading.Csv("migrant_stock.csv", ["iso3", "year", "total", "percent_of_population", "sources"], r => new MigrantStock
        {
            Iso3 = refs.Key(r, "iso3", stateByIso3),
            Year = r.Int("year"),
            Total = r.Long("total"),
            PercentOfPopulation = r.OptionalDouble("percent_of_population"),
            SourceIds = refs.Sources(r),
        });
        CellChecks.Unique(stock, m => (m.Iso3, m.Year), reading.Errors, "iso3, year");
        foreach (var row in stock.Where(m => m.Year == 2020 && stateByIso3.ContainsKey(m.Iso3)))
        {
            stateByIso3[row.Iso3].MigrantStock2020 = checked((int)row.Total);
            stateByIso3[row.Iso3].MigrantShare2020 = row.PercentOfPopulation;
        }

        return LoadedTable.Of("migrant_stock", stock, bulk: true);
    }
}
