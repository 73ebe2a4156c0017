namespace OpenGcm.Api.Catalog;

public sealed record TableCount(string Table, int Rows);
