using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Records;

/// <summary>
/// Facts as JSON: each is an object with one property, named after the fact's kind, holding the fact's fields, e.g.
/// <c>{"unit": {"id": "U1", "name": "…", "kind": "University", …}}</c>. Reading goes through the fact's own constructor,
/// so a value the fact would refuse is refused here too. A new kind of fact is one line in <see cref="Kinds"/>.
/// </summary>
internal static class FactJson
{
    private static readonly RecordJsonContext Context = RecordJson.Compact;

    internal static readonly IReadOnlyList<(Type Type, JsonTypeInfo Info)> Kinds =
    [
        (typeof(Unit), Context.Unit),
        (typeof(Achievement), Context.Achievement),
        (typeof(TechnologyContract), Context.TechnologyContract),
        (typeof(PaymentReceived), Context.PaymentReceived),
        (typeof(IncomeDeduction), Context.IncomeDeduction),
        (typeof(EquityConversion), Context.EquityConversion),
        (typeof(TransferOfficeEngagement), Context.TransferOfficeEngagement),
        (typeof(SelfImplementation), Context.SelfImplementation),
        (typeof(OperatingProfit), Context.OperatingProfit),
        (typeof(CommissionedResearchSurplus), Context.CommissionedResearchSurplus),
        (typeof(OwnershipArrangement), Context.OwnershipArrangement),
        (typeof(UseRightGrant), Context.UseRightGrant),
        (typeof(UseRightExtension), Context.UseRightExtension),
        (typeof(StateSecretDesignation), Context.StateSecretDesignation),
        (typeof(SecrecyApproval), Context.SecrecyApproval),
        (typeof(PilotPlatform), Context.PilotPlatform),
        (typeof(CommissionerEngagement), Context.CommissionerEngagement),
        (typeof(TransactionPublicity), Context.TransactionPublicity),
        (typeof(LiabilityReview), Context.LiabilityReview),
        (typeof(OwnRewardRates), Context.OwnRewardRates),
        (typeof(TransferServiceAgency), Context.TransferServiceAgency),
    ];

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
        using (var writer = new Utf8JsonWriter(buffer, RecordJson.CompactWriter))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, fact, info);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>Reads one fact; every problem becomes a <see cref="ValidationProblem"/> naming the JSON path.</summary>
    internal static ICaseFact Read(JsonElement element, string path)
    {
        var problems = new List<ValidationProblem>();
        return TryRead(element, path, problems) ?? throw new IncentiveValidationException(problems);
    }

    /// <summary>Reads one fact, or adds every problem it has to <paramref name="problems"/> and gives <see langword="null"/>.</summary>
    internal static ICaseFact? TryRead(JsonElement element, string path, List<ValidationProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Count() != 1)
        {
            problems.Add(new("JSON", null, path, $"must be an object with exactly one property naming the kind of fact ({string.Join(", ", ByName.Keys)})"));
            return null;
        }

        var property = element.EnumerateObject().Single();
        var at = $"{path}.{property.Name}";
        if (!ByName.TryGetValue(property.Name, out var info))
        {
            var nearest = JsonShape.Nearest(property.Name, ByName.Keys);
            problems.Add(new("JSON", null, at, nearest is null
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
                problems.Add(new("JSON", null, at, $"lacks required fields: {string.Join(", ", missing)}"));
            }
        }

        problems.AddRange(JsonShape.Problems(property.Value, info, at));
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return (ICaseFact?)property.Value.Deserialize(info) ?? throw Problem(at, "must be an object, not null");
        }
        catch (InvalidFactException e)
        {
            problems.Add(e.Problem with { Field = $"{at}.{JsonNamingPolicy.CamelCase.ConvertName(e.Problem.Field)}" });
        }
        catch (JsonException e)
        {
            problems.Add(new("JSON", null, $"{at}{e.Path?.TrimStart('$')}", RecordJson.Describe(e)));
        }
        catch (IncentiveValidationException e)
        {
            problems.AddRange(e.Problems);
        }

        return null;
    }

    internal static IncentiveValidationException Problem(string path, string reason) =>
        new([new ValidationProblem("JSON", null, path, reason)]);
}
