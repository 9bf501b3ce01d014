using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Json;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>
/// A case as a JSON file, for people who do not write C#: an id, the evaluation date, the packs to apply (shipped ids, or
/// pack files relative to the case file's folder when it is read with its path; 149号 and the law when left out) and the
/// facts, each an object named after its kind, e.g.
/// <code>{"id": "2024-0317", "evaluationDate": "2025-06-30", "packs": ["baotou-2023-149"],
///  "facts": [{"unit": {"id": "U1", "name": "某大学", "kind": "University", "hasRewardDistributionRule": false, "hasRewardAgreement": false}}, …]}</code>
/// Fields are the facts' own, in camelCase; dates are ISO; amounts are JSON numbers in yuan; enums are names.
/// </summary>
public sealed class CaseFile
{
    private CaseFile(IncentiveCase incentiveCase, LocalDate evaluationDate, IReadOnlyList<PolicyPack> packs)
    {
        Case = incentiveCase;
        EvaluationDate = evaluationDate;
        Packs = packs;
    }

    /// <summary>The case.</summary>
    public IncentiveCase Case { get; }

    /// <summary>The date to evaluate on.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>The packs to apply.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>Reads a case file.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The case, its date and packs.</returns>
    /// <exception cref="IncentiveValidationException">Malformed JSON, an unknown property, kind, pack or enum name, a value a fact refuses, or a broken relation between facts; each problem names where.</exception>
    public static CaseFile Parse(string json) => Parse(InputLimits.Utf8Within(json, "case file"));

    /// <summary>Reads a case file from UTF-8 bytes (one byte-order mark is skipped, as by every reader).</summary>
    /// <param name="utf8Json">The file's JSON as UTF-8.</param>
    /// <returns>As for <see cref="Parse(string)"/>.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>.</exception>
    public static CaseFile Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, path: null);

    /// <summary>
    /// Reads a case file from a stream, reading no more than one byte past the 16 MB limit (so an endless stream is refused).
    /// Given the file's path, its <c>packs</c> may name pack files beside shipped ids (<c>"./later-notice.json"</c>), each read
    /// relative to the case file's folder (docs/PACKS.md).
    /// </summary>
    /// <param name="utf8Json">The file's JSON as UTF-8, read to its end.</param>
    /// <param name="path">The case file's path, so that pack files it names are found relative to its folder; <see langword="null"/> when it has none, and then it may name shipped packs only.</param>
    /// <returns>As for <see cref="Parse(string)"/>.</returns>
    /// <exception cref="IncentiveValidationException">As for <see cref="Parse(string)"/>, and a pack file that is missing or refused: each problem names the entry (<c>$.packs[1]</c>), the pack file and, for a refused one, each of its problems.</exception>
    public static CaseFile Parse(Stream utf8Json, string? path = null) => Parse(InputLimits.ReadAll(utf8Json, "case file"), path);

    private static CaseFile Parse(ReadOnlySpan<byte> utf8Json, string? path)
    {
        var document = JsonDocuments.Read(utf8Json, RecordJsonContext.Compact.CaseDocument, "case file");
        if (document.Id is null || document.Facts is null)
        {
            throw JsonProblem.Refusal("$", "must have an id and facts");
        }

        if (document.EvaluationDate is not { } date)
        {
            throw MissingEvaluationDate();
        }

        return new CaseFile(FactJson.ReadCase(document.Id, document.Facts, "$.facts"), date, PackEntries.Resolve(document.Packs, path, "case file"));
    }

    /// <summary>The refusal of a case file, or a policy case, that gives no date to evaluate on.</summary>
    internal static IncentiveValidationException MissingEvaluationDate() =>
        JsonProblem.Refusal("$.evaluationDate", "is required: the date to evaluate the case on, e.g. \"2025-06-30\"");

    /// <summary>Writes a case as a case file (canonical: facts in the engine's order).</summary>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on.</param>
    /// <param name="packIds">The ids of the packs to apply; none, and the file names no packs (the default ones apply).</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IncentiveCase incentiveCase, LocalDate evaluationDate, IReadOnlyList<string> packIds)
    {
        ArgumentNullException.ThrowIfNull(incentiveCase);
        ArgumentNullException.ThrowIfNull(packIds);
        // No packs named is the default packs; the file then says nothing about packs rather than an empty list.
        var document = new CaseDocument(incentiveCase.Id, evaluationDate, packIds.Count == 0 ? null : packIds,
            DecisionRecord.CanonicalFacts(incentiveCase).Select(FactJson.Write).ToArray());
        return JsonDocuments.WriteIndented(document, RecordJsonContext.Compact.CaseDocument);
    }

    /// <summary>Evaluates the case on its date under its packs.</summary>
    /// <returns>The record of the decision.</returns>
    public DecisionRecord Evaluate() => new IncentiveEngine(Packs).Record(Case, EvaluationDate);
}
