namespace OpenGcm.Bench.Timing;

/// One SQL statement as OpenGcm sent it: its text and its parameters (name, value as logged, EF Core's DbType when logged).
public sealed record SqlStatement(string Text, IReadOnlyList<SqlParameterValue> Parameters);

public sealed record SqlParameterValue(string Name, string? Value, string? DbType);
