using System.Text.Json;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Tracing;
using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>
/// The JSON shape of a decision record; <see cref="DecisionRecord"/> is what callers hold. Each pack the decision was made
/// under is carried whole (<see cref="PackDefinitions"/>, in the order of <see cref="Packs"/>), so the record replays with
/// nothing but itself; <see cref="PackDefinitions"/> is null only while a record read without it is refused.
/// </summary>
internal sealed record RecordDocument(
    int SchemaVersion,
    string LibraryVersion,
    string RuleSetFingerprint,
    string ParameterFingerprint,
    LocalDate EvaluationDate,
    IReadOnlyList<string> Packs,
    IReadOnlyList<Policy.Files.PackDocument>? PackDefinitions,
    IReadOnlyList<RecordedParameter> Parameters,
    CaseDocument Case,
    IReadOnlyList<Entitlement> Entitlements,
    IReadOnlyList<Entitlement> SupersededEntitlements,
    IReadOnlyList<Supersession> Supersessions,
    IReadOnlyList<Determination> Determinations,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<TraceEntry> Trace,
    string Digest,
    string? Signature = null);

/// <summary>A case as JSON: its id and its facts, each an object with one property named after the fact's kind.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="EvaluationDate">In a case file, the date to evaluate on; inside a record, left out.</param>
/// <param name="Packs">In a case file, the ids of the packs to apply (149号 when left out); inside a record, left out.</param>
/// <param name="Facts">The facts, e.g. <c>{"unit": {"id": "U1", …}}</c>.</param>
internal sealed record CaseDocument(string Id, LocalDate? EvaluationDate, IReadOnlyList<string>? Packs, IReadOnlyList<JsonElement> Facts);
