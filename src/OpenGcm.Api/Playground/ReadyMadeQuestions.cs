using System.Text.Json;

namespace OpenGcm.Api.Playground;

/// The playground's ready-made questions (site/examples.json), by their stable slug, for `/q/{slug}`.
public sealed class ReadyMadeQuestions
{
    private readonly Dictionary<string, ReadyMadeQuestion> _bySlug;

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public ReadyMadeQuestions(string file)
    {
        var questions = File.Exists(file) ? JsonSerializer.Deserialize<List<ReadyMadeQuestion>>(File.ReadAllText(file), Options) ?? [] : [];
        _bySlug = questions.Where(q => !string.IsNullOrEmpty(q.Slug)).ToDictionary(q => q.Slug, StringComparer.Ordinal);
    }

    public ReadyMadeQuestion? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}

/// One ready-made question: what the playground lists, and what `/q/{slug}` answers.
public sealed record ReadyMadeQuestion(string Slug, string Title, string Query, string? View);
