// Serves responses captured from OpenGcm: `index.tsv` lines are "path-and-query <TAB> file <TAB> content type".
var captures = args.Length > 0 ? args[0] : throw new InvalidOperationException("Usage: Baseline CAPTURE_DIR --urls URL");
var responses = File.ReadAllLines(Path.Combine(captures, "index.tsv"))
    .Select(line => line.Split('\t'))
    .ToDictionary(p => p[0], p => (Body: File.ReadAllBytes(Path.Combine(captures, p[1])), ContentType: p[2]), StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(async http =>
{
    if (responses.TryGetValue(http.Request.Path + http.Request.QueryString, out var response))
    {
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body);
    }
    else
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
    }
});
app.Run();
