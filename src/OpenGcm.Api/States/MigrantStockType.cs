using GraphQL.Types;

namespace OpenGcm.Api.States;

public sealed class MigrantStockType : ObjectGraphType<MigrantStock>
{
    public MigrantStockType()
    {
        Name = "MigrantStock";
        Description = "International migrants living in a State at mid-year (UN DESA International Migrant Stock 2020, both sexes, by destination).";
        Field(m => m.Year).Description("Mid-year of the estimate: 1990, 1995, ... 2020.");
        Field<NonNullGraphType<IntGraphType>>("total").Description("Number of international migrants.").Resolve(c => checked((int)c.Source.Total));
        Field(m => m.PercentOfPopulation, nullable: true).Description("International migrants as a percentage of the total population.");
    }
}
