using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGcm.Api.Displacement;

public sealed class DisplacementFigureConfiguration : IEntityTypeConfiguration<DisplacementFigure>
{
    public void Configure(EntityTypeBuilder<DisplacementFigure> figure)
    {
        figure.HasKey(d => d.Id);
        figure.Property(d => d.Id).ValueGeneratedNever();
        figure.HasOne(d => d.Origin).WithMany().HasForeignKey(d => d.OriginIso3);
        figure.HasOne(d => d.Asylum).WithMany().HasForeignKey(d => d.AsylumIso3);
        figure.HasIndex(d => new { d.AsylumCode, d.Year });
        figure.HasIndex(d => new { d.OriginCode, d.Year });
        figure.HasIndex(d => d.Year);
    }
}
