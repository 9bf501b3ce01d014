using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Json;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Records;

/// <summary>
/// Facts as JSON: each is an object with one property, named after the fact's kind, holding the fact's fields, e.g.
/// <c>{"unit": {"id": "U1", "name": "…", "kind": "University", …}}</c>. Reading goes through the fact's own constructor,
/// so a value the fact would refuse is refused here too. A new kind of fact is read and written once it is in
/// <c>FactKinds.InCanonicalOrder</c> and has a <c>[JsonSerializable]</c> line in <see cref="RecordJsonContext"/>.
/// </summary>
internal static class FactJson
{
    private static readonly RecordJsonContext Context = RecordJsonContext.Compact;

    /// <summary>Each kind of fact, in the engine's order, with its contract (<see cref="RecordJsonContext"/> registers every kind).</summary>
    internal static readonly IReadOnlyList<(Type Type, JsonTypeInfo Info)> Kinds = FactKinds.InCanonicalOrder
        .Select(type => (type, Context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{type.Name} has no contract in RecordJsonContext")))
        .ToArray();

    private static readonly Dictionary<Type, (string Name, JsonTypeInfo Info)> ByType =
        Kinds.ToDictionary(k => k.Type, k => (JsonNamingPolicy.CamelCase.ConvertName(k.Type.Name), k.Info));

    private static readonly Dictionary<string, JsonTypeInfo> ByName =
        Kinds.ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.Type.Name), k => k.Info, StringComparer.Ordinal);

    /// <summary>
    /// Each kind's constructor parameters that cannot be null, in camelCase: the fields a fact's JSON must give. A nullable
    /// field (a publication date that may not exist) is written only when it has a value, so its absence means null.
    /// </summary>
    private static readonly Dictionary<Type, string[]> RequiredFields = Kinds.ToDictionary(
        k => k.Type,
        k => k.Type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First()
            .GetParameters()
            .Where(p => !p.HasDefaultValue && Nullable.GetUnderlyingType(p.ParameterType) is null
                && new System.Reflection.NullabilityInfoContext().Create(p).WriteState != System.Reflection.NullabilityState.Nullable)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).ToArray());

    internal static IEnumerable<string> KindNames => ByName.Keys;

    internal static JsonElement Write(ICaseFact fact)
    {
        var (name, info) = ByType[fact.GetType()];
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonDocuments.CompactWriter))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, fact, info);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Reads one fact, or adds every problem it has to <paramref name="problems"/>, each a <see cref="ValidationProblem"/>
    /// naming the JSON path, and gives <see langword="null"/>.
    /// </summary>
    private static ICaseFact? TryRead(JsonElement element, string path, List<ValidationProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Count() != 1)
        {
            problems.Add(JsonProblem.At(path, $"must be an object with exactly one property naming the kind of fact ({string.Join(", ", ByName.Keys)})"));
            return null;
        }

        var property = element.EnumerateObject().Single();
        var at = $"{path}.{property.Name}";
        if (!ByName.TryGetValue(property.Name, out var info))
        {
            var nearest = NearestName.Of(property.Name, ByName.Keys);
            problems.Add(JsonProblem.At(at, nearest is null
                ? $"unknown kind of fact; known kinds: {string.Join(", ", ByName.Keys)}"
                : $"unknown kind of fact; did you mean {nearest}?"));
            return null;
        }

        var before = problems.Count;
        if (property.Value.ValueKind == JsonValueKind.Object)
        {
            // The serializer gives a missing constructor argument its default (false, 0) without a word; a fact's fields are all
            // required, so a missing one is refused here, by name.
            var given = property.Value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var missing = RequiredFields[info.Type].Where(f => !given.Contains(f)).ToArray();
            if (missing.Length > 0)
            {
                problems.Add(JsonProblem.At(at, $"lacks required fields: {string.Join(", ", missing)}"));
            }
        }

        problems.AddRange(JsonShape.Problems(property.Value, info, at));
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return (ICaseFact?)property.Value.Deserialize(info) ?? throw JsonProblem.Refusal(at, "must be an object, not null");
        }
        catch (InvalidFactException e)
        {
            problems.Add(e.Problem with { Field = $"{at}.{JsonNamingPolicy.CamelCase.ConvertName(e.Problem.Field)}" });
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem.At($"{at}{e.Path?.TrimStart('$')}", JsonDocuments.Describe(e)));
        }
        catch (IncentiveValidationException e)
        {
            problems.AddRange(e.Problems);
        }

        return null;
    }

    /// <summary>
    /// Builds a case from JSON facts: each through its constructor, then the relations between them, and says every problem
    /// at once. A relation that names a fact which itself failed to read is left out: that fact's own problem is the cause.
    /// </summary>
    internal static Facts.IncentiveCase ReadCase(string id, IReadOnlyList<JsonElement> facts, string path)
    {
        if (facts.Count > InputLimits.MaximumFacts)
        {
            throw JsonProblem.Refusal(path, $"has {facts.Count} facts; a case read from JSON may hold at most {InputLimits.MaximumFacts} (so that its record stays within {JsonDocuments.MaximumBytes} bytes)");
        }

        var problems = new List<Validation.ValidationProblem>();
        var read = new List<Facts.ICaseFact>(facts.Count);
        var unread = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (TryRead(facts[i], $"{path}[{i}]", problems) is { } fact)
            {
                read.Add(fact);
            }
            else if (IdOf(facts[i]) is { } unreadId)
            {
                unread.Add($"'{unreadId}'");
            }
        }

        Facts.IncentiveCase incentiveCase;
        try
        {
            incentiveCase = new Facts.IncentiveCase(id, read);
        }
        catch (Validation.IncentiveValidationException e)
        {
            throw new Validation.IncentiveValidationException([.. problems, .. e.Problems]);
        }

        problems.AddRange(incentiveCase.RelationProblems
            .Where(p => problems.Count == 0 || !(p.Reason.Contains("must include at least one", StringComparison.Ordinal) || unread.Any(u => p.Reason.Contains(u, StringComparison.Ordinal)))));
        return problems.Count == 0 ? incentiveCase : throw new Validation.IncentiveValidationException(problems);
    }

    private static string? IdOf(JsonElement fact) =>
        fact.ValueKind == JsonValueKind.Object && fact.EnumerateObject().FirstOrDefault().Value is { ValueKind: JsonValueKind.Object } fields
            && fields.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
