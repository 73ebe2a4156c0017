using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenGcm.GraphQL.Tests.Paging;

/// Small hand-made data, independent of migration: shelves holding books.
public sealed class Shelf
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public List<Book> Books { get; init; } = [];
}

public sealed class Book
{
    public required int Id { get; init; }

    public required int ShelfId { get; init; }

    public required string Title { get; init; }
}

public sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Shelf>().Property(s => s.Id).ValueGeneratedNever();
        modelBuilder.Entity<Book>().Property(b => b.Id).ValueGeneratedNever();
        modelBuilder.Entity<Shelf>().HasMany(s => s.Books).WithOne().HasForeignKey(b => b.ShelfId);
    }
}

/// Counts and keeps the SQL that EF Core sends.
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands { get { lock (_commands) { return [.. _commands]; } } }

    public void Clear() { lock (_commands) { _commands.Clear(); } }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_commands) { _commands.Add(command.CommandText); }
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        lock (_commands) { _commands.Add(command.CommandText); }
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// Ten shelves (1-10) with `shelfId` books each, in a shared in-memory SQLite database.
public sealed class TestDb : IDbContextFactory<ShelfContext>, IDisposable
{
    private readonly SqliteConnection _keepAlive = new($"Data Source=shelves-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
    private readonly DbContextOptions<ShelfContext> _options;

    public TestDb()
    {
        _keepAlive.Open();
        _options = new DbContextOptionsBuilder<ShelfContext>().UseSqlite(_keepAlive.ConnectionString).AddInterceptors(Sql).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
        for (var s = 1; s <= 10; s++)
        {
            db.Add(new Shelf { Id = s, Name = $"Shelf {s:00}", Books = [.. Enumerable.Range(1, s).Select(b => new Book { Id = s * 100 + b, ShelfId = s, Title = $"Book {s}.{b}" })] });
        }

        db.SaveChanges();
        Sql.Clear();
    }

    public SqlLog Sql { get; } = new();

    public ShelfContext CreateDbContext() => new(_options);

    public void Dispose() => _keepAlive.Dispose();
}
