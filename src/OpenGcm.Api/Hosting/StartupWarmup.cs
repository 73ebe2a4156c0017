using GraphQL;
using GraphQL.Types;

namespace OpenGcm.Api.Hosting;

/// Start-up work that needs no database runs beside the database check and the catalog load, on the other core:
/// the GraphQL schema is built and the executor runs once, so neither is paid by the first client request.
public static class StartupWarmup
{
    public static Task Start(IServiceProvider services) => Task.Run(async () =>
    {
        services.GetRequiredService<ISchema>().Initialize();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Query = "{ __typename }",
            RequestServices = scope.ServiceProvider,
        }).ConfigureAwait(false);
    });
}
