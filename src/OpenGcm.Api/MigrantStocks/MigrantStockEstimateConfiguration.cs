using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.MigrantStocks;

public sealed class MigrantStockEstimateConfiguration : IEntityTypeConfiguration<MigrantStockEstimate>
{
    public void Configure(EntityTypeBuilder<MigrantStockEstimate> estimate)
    {
        estimate.HasKey(e => e.Id);
        estimate.Property(e => e.Id).ValueGeneratedNever();
        estimate.Property(e => e.Sex).HasConversion<string>();
        estimate.HasOne(e => e.Destination).WithMany().HasForeignKey(e => e.DestinationIso3).IsRequired();
        estimate.HasOne(e => e.Origin).WithMany().HasForeignKey(e => e.OriginIso3);

        // The filters dashboards use: by destination and year, by origin and year, by year alone.
        estimate.HasIndex(e => new { e.DestinationIso3, e.Year, e.OriginCode });
        estimate.HasIndex(e => new { e.OriginCode, e.Year });
        estimate.HasIndex(e => new { e.Year, e.Sex });
    }
}
