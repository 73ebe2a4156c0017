namespace OpenGcm.Api.Data;

/// Reads and validates every file of data/ (types, enums, unique keys, references, sources) with the `DataFile` of
/// each feature, in their order, and reports every problem at once.
public static class DatasetReader
{
    /// Every `DataFile` of this assembly, in ascending `Position`.
    public static IReadOnlyList<DataFile> Files { get; } = [.. typeof(DataFile).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DataFile)) && !t.IsAbstract)
        .Select(t => (DataFile)Activator.CreateInstance(t)!)
        .OrderBy(f => f.Position)];

    public static Dataset Read(string dataDirectory)
    {
        var reading = new DataReading(dataDirectory);
        var tables = Files.Select(file => file.Read(reading)).ToList();
        reading.Errors.ThrowIfAny();
        return new Dataset(tables);
    }
}
