using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Areas;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.HasKey(a => a.Iso3);
        area.HasIndex(a => new { a.Name, a.Iso3 });
        area.HasIndex(a => new { a.Region, a.Iso3 });
        area.HasOne(a => a.State).WithOne(s => s.Area).HasForeignKey<State>(s => s.Iso3);
        area.OwnsOne(a => a.Names, names =>
        {
            foreach (var language in new[] { "En", "Fr", "Es", "Ru", "Zh", "Ar" })
            {
                names.OwnsOne(typeof(LocalizedName), language);
                names.Navigation(language).IsRequired();
            }
        });
        area.Navigation(a => a.Names).IsRequired();
    }
}
