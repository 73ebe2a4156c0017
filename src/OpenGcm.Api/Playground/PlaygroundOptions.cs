namespace OpenGcm.Api.Playground;

/// Where the playground's files are; configuration section `OpenGcm:Playground`.
public sealed class PlaygroundOptions
{
    public string Root { get; set; } = Path.Combine(AppContext.BaseDirectory, "playground");

    /// The page works only with its scripts, which the build copies from npm: without them it is off.
    public bool IsAvailable => File.Exists(Path.Combine(Root, "vendor", "graphiql.min.js"));
}
