namespace OpenGcm.Api.Data;

/// `dotnet run --project src/OpenGcm.Api -- build-db [--data DIR] --out PATH`: bakes the database
/// for deployment. Exit code 0 when built, 1 when data/ is invalid (the errors go to stderr), 2 on usage.
public static class BuildDatabaseCommand
{
    public static int Run(string[] args)
    {
        string? output = null, data = null;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--out": output = args[i + 1]; break;
                case "--data": data = args[i + 1]; break;
                default: return Usage();
            }
        }

        if (output is null || args.Length % 2 != 0)
        {
            return Usage();
        }

        var dataDirectory = new DataOptions { DataDirectory = data }.ResolveDataDirectory();
        if (dataDirectory is null)
        {
            Console.Error.WriteLine("No data/ folder with a datapackage.json was found; give one with --data.");
            return 2;
        }

        try
        {
            var contentHash = DatasetBuilder.ComputeContentHash(dataDirectory);
            DatasetBuilder.Build(dataDirectory, output, contentHash);
            Downloads.ReleaseArchive.Write(dataDirectory, Downloads.ReleaseArchive.PathFor(output), contentHash);
            Console.WriteLine($"Built {Path.GetFullPath(output)} from {dataDirectory}, version {contentHash[..12]}.");
            return 0;
        }
        catch (DataValidationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("Usage: OpenGcm.Api build-db [--data DIR] --out PATH");
        return 2;
    }
}
