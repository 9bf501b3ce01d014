using System.Text.Json;
using Baotou.Incentives.Outcomes;
using NodaTime;

namespace Baotou.Incentives.PolicyCases;

/// <summary>The JSON shape of a policy case; see docs/POLICY-CASES.md.</summary>
internal sealed record PolicyCaseDocument(
    string Name,
    string Clause,
    string? Description,
    LocalDate EvaluationDate,
    IReadOnlyList<string>? Packs,
    IReadOnlyList<JsonElement> Facts,
    ExpectedOutcomes Expected);

/// <summary>What a policy case expects: every list may be left out. <c>invariants</c> names invariants of the explorer (docs/EXPLORE.md) that must hold.</summary>
internal sealed record ExpectedOutcomes(
    IReadOnlyList<ExpectedEntitlement>? Entitlements,
    IReadOnlyList<ExpectedDetermination>? Determinations,
    IReadOnlyList<ExpectedObligation>? Obligations,
    IReadOnlyList<string>? Superseded,
    IReadOnlyList<string>? NotFired,
    IReadOnlyList<string>? Invariants = null);

/// <summary>An entitlement expected: the rule, the fact, the minimum amount to the fen, and whether it governs (the default) or is set aside.</summary>
internal sealed record ExpectedEntitlement(string Rule, string Subject, decimal MinimumAmount, bool? Governs, decimal? MinimumEquityShare);

/// <summary>A determination expected, by rule, fact and topic.</summary>
internal sealed record ExpectedDetermination(string Rule, string Subject, string Topic, DeterminationStatus Status);

/// <summary>An obligation expected, by rule, fact and topic.</summary>
internal sealed record ExpectedObligation(string Rule, string Subject, string Topic, ObligationState State);
