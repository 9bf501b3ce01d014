using System.Text.Json;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.Json;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Policy;

/// <summary>
/// Policy packs as JSON files, for policy experts who do not write C#: a document's identity, level and dates, the rule set it
/// drives, optionally the pack it succeeds or changes, and every parameter with its unit and dated values, each citing the
/// text that sets it. See docs/PACKS.md and the JSON Schema docs/schemas/policy-pack.schema.json. The shipped packs
/// (<see cref="KnownPacks"/>) are such files, embedded in the library.
/// </summary>
public static class PackFile
{
    /// <summary>
    /// Reads a pack file strictly: an unknown property, a missing field or parameter, a value outside its unit's range, dated
    /// values out of order, an unknown rule set or pack: every problem at once, each naming its JSON path and why.
    /// </summary>
    /// <param name="utf8Json">The file as UTF-8 (one byte-order mark is skipped).</param>
    /// <param name="others">Packs besides the shipped ones that the file may succeed or change, e.g. other pack files given with it.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="IncentiveValidationException">The file is not a valid pack; <see cref="IncentiveValidationException.Problems"/> lists every problem.</exception>
    public static PolicyPack Parse(ReadOnlySpan<byte> utf8Json, IEnumerable<PolicyPack> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        InputLimits.RequireWithin(utf8Json.Length, "pack file");
        var problems = new List<ValidationProblem>();
        PackDocument? document = null;
        using (var tree = StrictJson.Parse(utf8Json, "pack file"))
        {
            if (tree.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw JsonProblem.Refusal("$", $"must be a pack file: a JSON object; was {JsonShape.Describe(tree.RootElement)}");
            }

            problems.AddRange(JsonShape.Problems(tree.RootElement, PackJsonContext.Compact.PackDocument, "$"));
            try
            {
                // Unknown properties are problems already; the contract reads on past them to find the problems of every known field too.
                document = tree.RootElement.Deserialize(PackJsonContext.Compact.PackDocument);
            }
            catch (JsonException) when (problems.Count > 0)
            {
                // A value of the wrong kind: its problem is said above, and nothing more can be read.
            }
            catch (JsonException e)
            {
                problems.Add(JsonProblem.At(e.Path ?? "$", JsonDocuments.Describe(e)));
            }
        }

        var pack = document is null ? null : PackDefinition.Build(document, others, problems);
        return problems.Count == 0 && pack is not null ? pack : throw new IncentiveValidationException(problems);
    }

    /// <summary>Reads a pack file from a stream, reading no more than one byte past the 16 MB limit.</summary>
    /// <param name="utf8Json">The file's JSON as UTF-8, read to its end.</param>
    /// <param name="others">As for <see cref="Parse(ReadOnlySpan{byte}, IEnumerable{PolicyPack})"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(ReadOnlySpan{byte}, IEnumerable{PolicyPack})"/>.</exception>
    public static PolicyPack Parse(Stream utf8Json, IEnumerable<PolicyPack> others) =>
        Parse(InputLimits.ReadAll(utf8Json, "pack file"), others);

    /// <summary>Reads a pack file's text that succeeds or changes no pack but a shipped one (or none).</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(ReadOnlySpan{byte}, IEnumerable{PolicyPack})"/>.</exception>
    public static PolicyPack Parse(string json) => Parse(InputLimits.Utf8Within(json, "pack file"), []);

    /// <summary>
    /// Writes a pack as a complete pack file: every parameter and reading spelled out, parameters ordered by key, the same
    /// bytes for the same pack. Reading what it writes gives the same pack (a record carries packs in this form).
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The JSON text, indented, ending with a newline.</returns>
    public static string Write(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return JsonDocuments.WriteIndented(PackDefinition.Document(pack), PackJsonContext.Compact.PackDocument);
    }

    /// <summary>
    /// Whether two packs have the same definition: every field, reading, parameter, dated value and reference agrees. A value
    /// written 0.8 in one and 0.80 in the other is the same value.
    /// </summary>
    /// <param name="pack">One pack.</param>
    /// <param name="other">The other.</param>
    /// <returns><see langword="true"/> when the definitions agree.</returns>
    public static bool SameDefinition(PolicyPack pack, PolicyPack other)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Normalized(pack), Normalized(other), StringComparison.Ordinal);
    }

    /// <summary>The pack's document with every value at its least scale, written compactly: equal for equal definitions.</summary>
    private static string Normalized(PolicyPack pack)
    {
        var document = PackDefinition.Document(pack);
        document = document with
        {
            Parameters = document.Parameters.Select(p => p with
            {
                // Dividing by 1.000… keeps the value and drops the zeros after its last significant digit.
                Values = p.Values.Select(v => v with { Value = v.Value / 1.0000000000000000000000000000m }).ToArray(),
            }).ToArray(),
        };
        return JsonSerializer.Serialize(document, PackJsonContext.Compact.PackDocument);
    }
}
