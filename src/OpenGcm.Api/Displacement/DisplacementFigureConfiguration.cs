using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.Displacement;

public sealed class DisplacementFigureConfiguration : IEntityTypeConfiguration<DisplacementFigure>
{
    public void Configure(EntityTypeBuilder<DisplacementFigure> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne(d => d.Origin).WithMany().HasForeignKey(d => d.OriginIso3);
        builder.HasOne(d => d.Asylum).WithMany().HasForeignKey(d => d.AsylumIso3);
        builder.HasIndex(d => new { d.AsylumCode, d.Year });
        builder.HasIndex(d => new { d.OriginCode, d.Year });
        builder.HasIndex(d => d.Year);
    }
}
