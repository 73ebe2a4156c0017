namespace OpenGcm.Api.Data;

/// One file of data/ and how it becomes rows. Each lives in its feature's folder (`States/StatesFile.cs`) and is found
/// by reflection, like the EF Core configurations: a new table is one new class there and no edit in Data/.
public abstract class DataFile
{
    /// Its place in the one list of tables: files are read, written and listed in ascending order, and a file may
    /// use the keys (`DataReading.Keys`) of the files before it. Steps of 10 leave room between neighbours.
    public abstract int Position { get; }

    /// Reads and checks the file, adding every problem to `reading.Errors`, and says what to write.
    public abstract LoadedTable Read(DataReading reading);
}
