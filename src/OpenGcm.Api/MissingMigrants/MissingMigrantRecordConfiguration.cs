using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.MissingMigrants;

public sealed class MissingMigrantRecordConfiguration : IEntityTypeConfiguration<MissingMigrantRecord>
{
    public void Configure(EntityTypeBuilder<MissingMigrantRecord> record)
    {
        record.HasKey(m => m.Id);
        record.Property(m => m.Id).ValueGeneratedNever();
        record.HasOne(m => m.Country).WithMany().HasForeignKey(m => m.CountryIso3);
        record.HasIndex(m => new { m.Route, m.Year });
        record.HasIndex(m => new { m.CountryIso3, m.Year });
        record.HasIndex(m => m.Year);
    }
}
