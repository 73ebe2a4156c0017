using GraphQL.Types;
using OpenGcm.Api.MigrantStocks;

namespace OpenGcm.Api.States;

public sealed class MigrantStockType : ObjectGraphType<MigrantStockYear>
{
    public MigrantStockType()
    {
        Name = "MigrantStock";
        Description = "International migrants living in a State at mid-year, in total and by sex: UN DESA, International Migrant Stock 2024 "
            + "(sums over origins, `OOO` other/unknown included).";
        Field(m => m.Year).Description("Mid-year of the estimate: 1990, 1995, 2000, 2005, 2010, 2015, 2020 or 2024.");
        Field<NonNullGraphType<IntGraphType>>("total").Description("International migrants, women and men.").Resolve(c => checked((int)c.Source.Total));
        Field<NonNullGraphType<IntGraphType>>("female").Description("Women and girls.").Resolve(c => checked((int)c.Source.Female));
        Field<NonNullGraphType<IntGraphType>>("male").Description("Men and boys.").Resolve(c => checked((int)c.Source.Male));
        Field<NonNullGraphType<StringGraphType>>("edition")
            .Description("`IMS 2024`: every figure of this series comes from that edition, which revised the whole 1990-2020 series.")
            .Resolve(_ => MigrantStockEstimate.Edition);
        Field<FloatGraphType>("percentOfPopulation")
            .Description("Always null: IMS 2024 by origin has no population, and shares of another edition are not mixed into this series.")
            .DeprecationReason("IMS 2024 has no share of population here; the IMS 2020 share is `State.migrantShare2020`, a separate, labelled series.")
            .Resolve(_ => null);
    }
}
