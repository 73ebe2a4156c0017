using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenGcm.Api.Data;

namespace OpenGcm.Api.Tests.Data;

/// The server runs on EF Core's compiled model (src/OpenGcm.Api/Data/CompiledModel), which saves about a second of
/// model building at every start. It is generated code: it must describe the same tables, columns, keys and indexes as
/// the model OnModelCreating builds, or the server would read the database wrongly.
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_model_matches_the_model_the_entity_configurations_build()
    {
        using var db = new OpenGcmDbContext(new DbContextOptionsBuilder<OpenGcmDbContext>().UseSqlite("Data Source=:memory:").Options);
        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType<Api.Data.CompiledModel.OpenGcmDbContextModel>(compiled);
        Assert.NotSame(compiled, built);
        Assert.True(
            Describe(compiled) == Describe(built),
            "The compiled model is out of date: in src/OpenGcm.Api run `dotnet tool restore` and "
            + "`dotnet dotnet-ef dbcontext optimize --output-dir Data/CompiledModel --namespace OpenGcm.Api.Data.CompiledModel`.");
    }

    /// Tables with their columns (name, store type, nullability), keys, foreign keys and indexes, in a stable order.
    private static string Describe(IModel model)
        => model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault);
}
