namespace OpenGcm.Api.Data;

/// What the files of data/ share while they are read: the folder, the problems found so far, and the keys of the
/// tables read before (`states.csv`'s States by ISO3 code for `gcm_votes.csv`, …), one index per entity type.
public sealed class DataReading(string dataDirectory)
{
    private readonly Dictionary<Type, object> _keys = [];
    private References? _references;

    public string DataDirectory { get; } = dataDirectory;

    public DataErrors Errors { get; } = new();

    /// Checks a row's `sources` ids and its foreign keys; available once sources.csv has been read.
    public References References
        => _references ??= new References(Keys<string, Sources.Source>());

    /// Reads one file whose header must be exactly these columns.
    public Rows<T> Csv<T>(string fileName, IReadOnlyList<string> columns, Func<CsvRow, T> map)
        => CsvTable.Read(DataDirectory, fileName, columns, map, Errors);

    /// Checks that the key is unique (an error per repeat) and keeps the rows by key for the files read after.
    public IReadOnlyDictionary<TKey, T> Index<TKey, T>(Rows<T> rows, Func<T, TKey> key, string column)
        where TKey : notnull
    {
        var byKey = CellChecks.Unique(rows, key, Errors, column);
        _keys[typeof(T)] = byKey;
        return byKey;
    }

    /// The rows of an earlier file by key, e.g. `Keys<string, State>()`.
    public IReadOnlyDictionary<TKey, T> Keys<TKey, T>()
        where TKey : notnull
        => _keys.TryGetValue(typeof(T), out var byKey)
            ? (IReadOnlyDictionary<TKey, T>)byKey
            : throw new InvalidOperationException($"No file indexed {typeof(T).Name} rows before this one: check the files' Position.");
}
