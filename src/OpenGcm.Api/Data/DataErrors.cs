namespace OpenGcm.Api.Data;

/// The problems found in data/, each as `file:line: what is wrong`.
public sealed class DataErrors
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    public bool Any => _messages.Count > 0;

    public void Add(string file, int line, string message) => _messages.Add($"{file}:{line}: {message}");

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new DataValidationException(_messages);
        }
    }
}

/// data/ failed validation; the database was not touched.
public sealed class DataValidationException(IReadOnlyList<string> errors)
    : Exception($"The data files are invalid; the database was not rebuilt:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
