using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Areas;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    private static readonly string[] Languages = ["En", "Fr", "Es", "Ru", "Zh", "Ar"];

    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.HasKey(a => a.Iso3);
        builder.HasIndex(a => new { a.Name, a.Iso3 });
        builder.HasIndex(a => new { a.Region, a.Iso3 });
        builder.HasOne(a => a.State).WithOne(s => s.Area).HasForeignKey<State>(s => s.Iso3);
        builder.OwnsOne(a => a.Names, names =>
        {
            foreach (var language in Languages)
            {
                names.OwnsOne(typeof(LocalizedName), language);
                names.Navigation(language).IsRequired();
            }
        });
        builder.Navigation(a => a.Names).IsRequired();
    }
}
