namespace Baotou.Incentives.Outcomes;

/// <summary>Something the unit must do before or while acting, e.g. publish the proposed price, or obtain an approval.</summary>
/// <param name="Id">The obligation's id: the rule's id and the fact it concerns.</param>
/// <param name="RuleId">The rule that imposed it.</param>
/// <param name="Clause">The clause it applies.</param>
/// <param name="PackId">The policy pack it was imposed under.</param>
/// <param name="Topic">What it is about, a stable key such as <c>publicity</c>.</param>
/// <param name="SubjectFactId">The fact it concerns.</param>
/// <param name="Requirement">What must be done, as a reason code, e.g. <see cref="Reasons.PublishBeforeSigning"/>.</param>
/// <param name="Modality">What the sentence applied says; <see cref="Outcomes.Modality.Required"/> for the obligations of 149号.</param>
/// <param name="State">Where it stands on the facts given.</param>
public sealed record Obligation(
    string Id,
    string RuleId,
    string Clause,
    string PackId,
    string Topic,
    string SubjectFactId,
    IReason Requirement,
    Modality Modality,
    ObligationState State) : IOutcome;
