using System.Text.Json;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Replay;

/// <summary>
/// Compares a recorded decision with the decision now as the record writes them: both are serialized with the record's own
/// contract and walked as JSON trees, every property of every outcome, supersession, determination, obligation and trace
/// entry, in the record's order. So a field an outcome gains is compared the day it is written, with no code here, and the
/// difference is named by its JSON path in the record (<c>$.entitlements[0].beneficiary</c>).
/// </summary>
internal static class DecisionComparison
{
    /// <summary>The parts of a record that are the decision, in the record's order.</summary>
    private static readonly string[] Sections =
        ["evaluationDate", "packs", "entitlements", "supersededEntitlements", "supersessions", "determinations", "obligations", "trace"];

    /// <summary>
    /// The first difference, section by section in the record's order, or <see langword="null"/> when the two decisions write
    /// the same JSON; the inputs and fingerprints are not compared.
    /// </summary>
    internal static ReplayDifference? FirstDifference(IncentiveDecision recorded, IncentiveDecision now)
    {
        var before = Tree(recorded);
        var after = Tree(now);
        return Sections.Select(s => Compare(before.GetProperty(s), after.GetProperty(s), "$." + s, null)).FirstOrDefault(d => d is not null);
    }

    /// <summary>
    /// The first difference between the pack definitions a record carries and the packs replaying it, as the record writes
    /// them (<c>$.packDefinitions[0].documentNumber</c>), or <see langword="null"/> when each is written the same.
    /// </summary>
    internal static ReplayDifference? FirstDifference(IReadOnlyList<PackDocument> recorded, IReadOnlyList<Policy.PolicyPack> now) =>
        recorded.Select((pack, i) => Compare(
                JsonSerializer.SerializeToElement(pack, PackJsonContext.Compact.PackDocument),
                JsonSerializer.SerializeToElement(PackDefinition.Document(now[i]), PackJsonContext.Compact.PackDocument),
                $"$.packDefinitions[{i}]",
                new Subject(pack.Id ?? $"$.packDefinitions[{i}]", null)))
            .FirstOrDefault(d => d is not null);

    /// <summary>The decision written exactly as a record writes it (the inputs and fingerprints left empty: they are not compared here).</summary>
    private static JsonElement Tree(IncentiveDecision decision) =>
        JsonSerializer.SerializeToElement(
            new RecordDocument(0, string.Empty, string.Empty, string.Empty, decision.EvaluationDate, decision.PackIds, null, [],
                new CaseDocument(decision.CaseId, null, null, []), decision.Entitlements, decision.SupersededEntitlements,
                decision.Supersessions, decision.Determinations, decision.Obligations, decision.Trace, string.Empty),
            RecordJsonContext.Compact.RecordDocument);

    private static ReplayDifference? Compare(JsonElement recorded, JsonElement now, string path, Subject? subject)
    {
        if (recorded.ValueKind != now.ValueKind)
        {
            return Difference(path, subject, recorded, now);
        }

        switch (recorded.ValueKind)
        {
            case JsonValueKind.Object:
                var nowProperties = now.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                var recordedNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in recorded.EnumerateObject())
                {
                    recordedNames.Add(property.Name);
                    var difference = nowProperties.TryGetValue(property.Name, out var value)
                        ? Compare(property.Value, value, $"{path}.{property.Name}", subject)
                        : Difference($"{path}.{property.Name}", subject, property.Value, null);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                var added = now.EnumerateObject().FirstOrDefault(p => !recordedNames.Contains(p.Name));
                return added.Value.ValueKind == JsonValueKind.Undefined ? null : Difference($"{path}.{added.Name}", subject, null, added.Value);
            case JsonValueKind.Array:
                var recordedItems = recorded.EnumerateArray().ToArray();
                var nowItems = now.EnumerateArray().ToArray();
                for (var i = 0; i < Math.Max(recordedItems.Length, nowItems.Length); i++)
                {
                    var itemPath = $"{path}[{i}]";
                    JsonElement? first = i < recordedItems.Length ? recordedItems[i] : null;
                    JsonElement? second = i < nowItems.Length ? nowItems[i] : null;
                    var itemSubject = subject ?? Subject.Of(first ?? second!.Value, itemPath);
                    var difference = first is { } r && second is { } n
                        ? Compare(r, n, itemPath, itemSubject)
                        : Difference(itemPath, itemSubject, first, second);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return recorded.GetRawText() == now.GetRawText() ? null : Difference(path, subject, recorded, now);
        }
    }

    private static ReplayDifference Difference(string path, Subject? subject, JsonElement? recorded, JsonElement? now) =>
        new(path, subject?.Name ?? path, subject?.RuleId, Text(recorded), Text(now));

    /// <summary>A value as a person reads it: a string without quotes, anything else as its JSON.</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };

    /// <summary>What a difference is in: the outcome's id (or the trace entry's path) and the rule that produced it.</summary>
    private sealed record Subject(string Name, string? RuleId)
    {
        internal static Subject Of(JsonElement item, string path) => new(
            StringProperty(item, "id") ?? path,
            StringProperty(item, "ruleId"));

        private static string? StringProperty(JsonElement item, string name) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}
