using Microsoft.EntityFrameworkCore;
using OpenGcm.Api.ImrfSessions;
using OpenGcm.Api.Objectives;
using OpenGcm.Api.Reports;
using OpenGcm.Api.Sources;
using OpenGcm.Api.States;

namespace OpenGcm.Api.Data;

public sealed class OpenGcmDbContext(DbContextOptions<OpenGcmDbContext> options) : DbContext(options)
{
    public DbSet<State> States => Set<State>();

    public DbSet<MigrantStock> MigrantStock => Set<MigrantStock>();

    public DbSet<GcmChampionListing> GcmChampions => Set<GcmChampionListing>();

    public DbSet<Objective> Objectives => Set<Objective>();

    public DbSet<GuidingPrinciple> GuidingPrinciples => Set<GuidingPrinciple>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ImrfForum> ImrfForums => Set<ImrfForum>();

    public DbSet<ImrfSession> ImrfSessions => Set<ImrfSession>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<DatasetMeta> Meta => Set<DatasetMeta>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Feature folders that declare their tables as IEntityTypeConfiguration (Areas, statistics).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenGcmDbContext).Assembly);

        modelBuilder.Entity<State>(e =>
        {
            e.HasKey(s => s.Iso3);
            e.HasIndex(s => new { s.Name, s.Iso3 });
            e.Property(s => s.UnStatus).HasConversion<string>();
            e.Property(s => s.GcmVote).HasConversion<string>();
            e.HasMany(s => s.MigrantStock).WithOne().HasForeignKey(m => m.Iso3);
            e.HasOne(s => s.GcmChampion).WithOne().HasForeignKey<GcmChampionListing>(c => c.Iso3);
        });
        modelBuilder.Entity<MigrantStock>().HasKey(m => new { m.Iso3, m.Year });
        modelBuilder.Entity<GcmChampionListing>().HasKey(c => c.Iso3);
        modelBuilder.Entity<Objective>().HasKey(o => o.Number);
        modelBuilder.Entity<Objective>().Property(o => o.Number).ValueGeneratedNever();
        modelBuilder.Entity<GuidingPrinciple>().HasKey(p => p.Key);
        modelBuilder.Entity<Source>().HasKey(s => s.Id);
        modelBuilder.Entity<DatasetMeta>().HasKey(m => m.Key);
        modelBuilder.Entity<DatasetTable>().HasKey(t => t.Name);

        modelBuilder.Entity<Report>(e =>
        {
            e.HasKey(r => r.Id);
            e.Property(r => r.Kind).HasConversion<string>();
            e.HasOne(r => r.State).WithMany(s => s.Reports).HasForeignKey(r => r.StateIso3);
            e.HasMany(r => r.Objectives).WithMany(o => o.Reports).UsingEntity<ReportObjective>(
                j => j.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveNumber),
                j => j.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId),
                j => j.HasKey(x => new { x.ReportId, x.ObjectiveNumber }));
        });

        modelBuilder.Entity<ImrfForum>().HasKey(f => f.Key);
        modelBuilder.Entity<ImrfSession>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.Kind).HasConversion<string>();
            e.Property(s => s.Status).HasConversion<string>();
            e.HasOne(s => s.Forum).WithMany(f => f.Sessions).HasForeignKey(s => s.ForumKey);
            e.HasMany(s => s.Objectives).WithMany(o => o.ImrfSessions).UsingEntity<ImrfSessionObjective>(
                j => j.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveNumber),
                j => j.HasOne<ImrfSession>().WithMany().HasForeignKey(x => x.SessionId),
                j => j.HasKey(x => new { x.SessionId, x.ObjectiveNumber }));
        });
    }
}
