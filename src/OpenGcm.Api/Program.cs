using OpenGcm.Api.Data;
using OpenGcm.Api.Graph;
using OpenGcm.GraphQL.Http;

if (args is ["build-db", ..])
{
    return BuildDatabaseCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenGcmData(builder.Configuration);
builder.Services.AddOpenGcmGraphQL(builder.Configuration);

var app = builder.Build();
app.UseOpenGcmData();
app.UseExceptionHandler(error => error.Run(http => JsonErrors.WriteInternalErrorAsync(http)));
app.UseCors();
app.MapGraphQLEndpoint("/graphql");
app.Run();
return 0;

public partial class Program;
