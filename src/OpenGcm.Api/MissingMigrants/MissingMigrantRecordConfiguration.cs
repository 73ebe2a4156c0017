using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.MissingMigrants;

public sealed class MissingMigrantRecordConfiguration : IEntityTypeConfiguration<MissingMigrantRecord>
{
    public void Configure(EntityTypeBuilder<MissingMigrantRecord> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne(m => m.Country).WithMany().HasForeignKey(m => m.CountryIso3);
        // DeadAndMissing too: totals by route read the index alone.
        builder.HasIndex(m => new { m.Route, m.Year, m.DeadAndMissing });
        builder.HasIndex(m => new { m.CountryIso3, m.Year });
        builder.HasIndex(m => m.Year);
    }
}
