using Baotou.Incentives.Tracing;
using NodaTime;

namespace Baotou.Incentives.Records.Schema1;

/// <summary>
/// The JSON shape of a decision record of schema version 1 (library 0.1.0 up to commit 0b251f6), frozen: outcomes held
/// English sentences where schema 2 holds modality and reason codes. Only read, never written by new decisions; reading then
/// writing it gives the bytes read, and its digest is checked over this shape.
/// </summary>
internal sealed record Schema1Document(
    int SchemaVersion,
    string LibraryVersion,
    string RuleSetFingerprint,
    string ParameterFingerprint,
    LocalDate EvaluationDate,
    IReadOnlyList<string> Packs,
    IReadOnlyList<RecordedParameter> Parameters,
    CaseDocument Case,
    IReadOnlyList<Schema1Entitlement> Entitlements,
    IReadOnlyList<Schema1Entitlement> SupersededEntitlements,
    IReadOnlyList<Schema1Supersession> Supersessions,
    IReadOnlyList<Schema1Determination> Determinations,
    IReadOnlyList<Schema1Obligation> Obligations,
    IReadOnlyList<TraceEntry> Trace,
    string Digest);
