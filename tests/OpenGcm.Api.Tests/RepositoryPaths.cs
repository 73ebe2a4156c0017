namespace OpenGcm.Api.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGcm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenGcm.sln not found above " + AppContext.BaseDirectory);
    }
}
