using OpenGcm.Api.Areas;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.MigrantStocks;

/// data/migrant_stock_ims2024.csv: UN DESA International Migrant Stock 2024 by destination, origin and sex (one
/// source, named in datapackage.json: the file has no `sources` column).
public sealed class MigrantStockEstimatesFile : DataFile
{
    public override int Position => 140;

    public override LoadedTable Read(DataReading reading)
    {
        var refs = reading.References;
        var areas = reading.Keys<string, Area>();
        var id = 0;
        string[] columns = ["destination_iso3", "year", "origin_code", "sex", "migrants", "basis_foreign_born", "basis_citizenship",
            "includes_refugees", "imputed"];
        var rows = reading.Csv("migrant_stock_ims2024.csv", columns, r =>
        {
            var origin = r.Required("origin_code");
            return new MigrantStockEstimate
            {
                Id = ++id,
                DestinationIso3 = refs.Key(r, "destination_iso3", areas),
                Year = r.Int("year"),
                OriginCode = origin,
                OriginIso3 = origin == "OOO" ? null : refs.Key(r, "origin_code", areas),
                Sex = r.Enum<Sex>("sex"),
                Migrants = r.Int("migrants"),
                BasisForeignBorn = r.Bool("basis_foreign_born"),
                BasisCitizenship = r.Bool("basis_citizenship"),
                IncludesRefugees = r.Bool("includes_refugees"),
                Imputed = r.Bool("imputed"),
            };
        });
        CellChecks.Unique(rows, e => (e.DestinationIso3, e.Year, e.OriginCode, e.Sex), reading.Errors, "destination_iso3, year, origin_code, sex");
        return LoadedTable.Of("migrant_stock_ims2024", rows, bulk: true);
    }
}
