namespace Baotou.Incentives.Outcomes;

/// <summary>A finding with its reasons: each condition the rule checked, met or failed.</summary>
/// <param name="Id">The determination's id: the rule's id and the fact it concerns.</param>
/// <param name="RuleId">The rule that made it.</param>
/// <param name="Clause">The clause it applies.</param>
/// <param name="PackId">The policy pack it was made under.</param>
/// <param name="Topic">What it is about, a stable key such as <c>city-support</c> or <c>coverage</c>.</param>
/// <param name="SubjectFactId">The fact it concerns.</param>
/// <param name="Status">The finding.</param>
/// <param name="Modality">What the sentence applied says, the verb the finding is read with: e.g. <see cref="DeterminationStatus.Applies"/> with <see cref="Outcomes.Modality.Discretionary"/> for support with no amount, or with <see cref="Outcomes.Modality.AgreedByParties"/> for a ratio the parties agree.</param>
/// <param name="Conditions">The conditions checked, in the order the rule checks them.</param>
public sealed record Determination(
    string Id,
    string RuleId,
    string Clause,
    string PackId,
    string Topic,
    string SubjectFactId,
    DeterminationStatus Status,
    Modality Modality,
    IReadOnlyList<Condition> Conditions) : IOutcome;
