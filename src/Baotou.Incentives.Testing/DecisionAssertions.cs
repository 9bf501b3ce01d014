using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Baotou.Incentives.Testing;

/// <summary>
/// Assertions over an <see cref="IncentiveDecision"/>, phrased the way the policy is. The verb matters: an owed minimum
/// (<see cref="GrantAtLeast"/>), a share the beneficiary may enjoy (<see cref="AllowAtLeast"/>) and an incentive recommended
/// to seek from a third party (<see cref="RecommendAtLeast"/>) are asserted by different methods, and each fails on an
/// entitlement of another modality. Failure messages cite the clause and use the English catalog's words. Ids and names are
/// passed to FluentAssertions as arguments, never inside its format string, so an id holding <c>{</c> or <c>}</c> cannot
/// break a message.
/// </summary>
public sealed class DecisionAssertions : ReferenceTypeAssertions<IncentiveDecision, DecisionAssertions>
{
    private const ExplanationLanguage Language = ExplanationLanguage.English;

    /// <summary>Creates assertions over a decision; use <see cref="DecisionExtensions.Should"/>.</summary>
    /// <param name="decision">The decision.</param>
    public DecisionAssertions(IncentiveDecision decision)
        : base(decision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "decision";

    /// <summary>
    /// Asserts that a clause owes a beneficiary (<see cref="Modality.OwedMinimum"/>: 给予不低于, 应不低于), in a governing (not
    /// superseded) entitlement, at least an amount once rounded to the fen. An amount pending an approval
    /// (<see cref="Entitlement.QualifiedBy"/>, e.g. on a transformation （十二）blocks) is not owed, so it does not count.
    /// </summary>
    /// <param name="beneficiary">Who the amount is owed to.</param>
    /// <param name="amount">The least amount in yuan.</param>
    /// <param name="clause">The clause, e.g. <c>149号·（八）</c>.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the entitlement.</returns>
    public AndWhichConstraint<DecisionAssertions, Entitlement> GrantAtLeast(
        Beneficiary beneficiary, decimal amount, string clause, string because = "", params object[] becauseArgs) =>
        AtLeast(Modality.OwedMinimum, beneficiary, amount, clause, because, becauseArgs);

    /// <summary>
    /// Asserts that a clause lets a beneficiary enjoy (<see cref="Modality.MayEnjoy"/>: 可享有), in a governing entitlement, at
    /// least an amount once rounded to the fen.
    /// </summary>
    /// <param name="beneficiary">Who may enjoy the amount.</param>
    /// <param name="amount">The least amount in yuan.</param>
    /// <param name="clause">The clause, e.g. <c>149号·（八）</c>.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the entitlement.</returns>
    public AndWhichConstraint<DecisionAssertions, Entitlement> AllowAtLeast(
        Beneficiary beneficiary, decimal amount, string clause, string because = "", params object[] becauseArgs) =>
        AtLeast(Modality.MayEnjoy, beneficiary, amount, clause, because, becauseArgs);

    /// <summary>
    /// Asserts that a clause recommends seeking for a beneficiary (<see cref="Modality.RecommendedToSeek"/>: 推荐争取), in a
    /// governing entitlement, at least an amount once rounded to the fen.
    /// </summary>
    /// <param name="beneficiary">Who the incentive is recommended for.</param>
    /// <param name="amount">The least amount in yuan.</param>
    /// <param name="clause">The clause, e.g. <c>149号·（七）</c>.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the entitlement.</returns>
    public AndWhichConstraint<DecisionAssertions, Entitlement> RecommendAtLeast(
        Beneficiary beneficiary, decimal amount, string clause, string because = "", params object[] becauseArgs) =>
        AtLeast(Modality.RecommendedToSeek, beneficiary, amount, clause, because, becauseArgs);

    /// <summary>Asserts that a rule fired at least once.</summary>
    /// <param name="ruleId">The rule's id, e.g. <c>149-8-transfer-licence-net-income</c>.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on.</returns>
    public AndConstraint<DecisionAssertions> HaveFired(string ruleId, string because = "", params object[] becauseArgs)
    {
        var fired = Subject.Trace.Select(t => t.RuleId + " (" + t.Clause + ")").Distinct().ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Fired(ruleId))
            .FailWith(
                "Expected rule {0} to fire{reason}, but it did not; the rules that fired were: {1}.",
                ruleId, fired.Length == 0 ? "none" : string.Join(", ", fired));
        return new AndConstraint<DecisionAssertions>(this);
    }

    /// <summary>Asserts that a rule did not fire.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on.</returns>
    public AndConstraint<DecisionAssertions> NotHaveFired(string ruleId, string because = "", params object[] becauseArgs)
    {
        var firing = Subject.Trace.FirstOrDefault(t => t.RuleId == ruleId);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(firing is null)
            .FailWith(
                "Expected {0} (rule {1}) not to fire{reason}, but it fired on {2}.",
                firing?.Clause ?? string.Empty, ruleId, firing is null ? string.Empty : string.Join(", ", firing.MatchedFacts.Select(f => f.ToString())));
        return new AndConstraint<DecisionAssertions>(this);
    }

    /// <summary>Asserts that the entitlement a rule granted on a fact was set aside under 从高从新不重复.</summary>
    /// <param name="ruleId">The rule whose entitlement should be set aside.</param>
    /// <param name="subjectFactId">The fact it concerns.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the supersession.</returns>
    public AndWhichConstraint<DecisionAssertions, Supersession> HaveSuperseded(
        string ruleId, string subjectFactId, string because = "", params object[] becauseArgs)
    {
        var entitlementId = ruleId + "/" + subjectFactId;
        var supersession = Subject.Supersessions.FirstOrDefault(s => s.SupersededId == entitlementId);
        var governing = Subject.Entitlements.FirstOrDefault(e => e.Id == entitlementId);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(supersession is not null)
            .FailWith(
                "Expected {0} {1} to be superseded{reason}, but {2}.",
                governing?.Clause ?? "the entitlement", entitlementId,
                governing is null ? "no such entitlement was granted" : "it governs: nothing set it aside");
        return new AndWhichConstraint<DecisionAssertions, Supersession>(this, supersession!);
    }

    /// <summary>Asserts that a rule made a determination with a status.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="status">The status expected.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the determination.</returns>
    public AndWhichConstraint<DecisionAssertions, Determination> HaveDetermination(
        string ruleId, DeterminationStatus status, string because = "", params object[] becauseArgs)
    {
        var made = Subject.DeterminationsBy(ruleId).ToArray();
        var match = made.FirstOrDefault(d => d.Status == status);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(
                "Expected {0} to determine {1}{reason}, but {2}.",
                made.FirstOrDefault()?.Clause ?? "rule " + ruleId, OutcomeWording.Status(status, Language),
                made.Length == 0
                    ? "rule " + ruleId + " made no determination"
                    : "it determined " + string.Join(", ", made.Select(d => OutcomeWording.Status(d.Status, Language) + " on " + d.SubjectFactId)));
        return new AndWhichConstraint<DecisionAssertions, Determination>(this, match!);
    }

    private AndWhichConstraint<DecisionAssertions, Entitlement> AtLeast(
        Modality modality, Beneficiary beneficiary, decimal amount, string clause, string because, object[] becauseArgs)
    {
        var granted = Subject.Entitlements.Where(e => e.Clause == clause && e.Beneficiary == beneficiary).ToArray();
        var best = granted.Where(e => e.Modality == modality && (modality != Modality.OwedMinimum || e.QualifiedBy is null))
            .OrderByDescending(e => e.MinimumAmount).FirstOrDefault();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(best is not null && Fen.Round(best.MinimumAmount) >= amount)
            .FailWith(
                "Expected {0} to give {1} an amount that {2} {3} yuan{reason}, but {4}.",
                clause, OutcomeWording.Beneficiary(beneficiary, Language), OutcomeWording.Modality(modality, Language), Fen.Format(amount),
                Describe(best, granted, modality, clause, beneficiary));
        return new AndWhichConstraint<DecisionAssertions, Entitlement>(this, best!);
    }

    private static string Describe(Entitlement? best, Entitlement[] granted, Modality modality, string clause, Beneficiary beneficiary)
    {
        if (best is not null)
        {
            return "the most it gave was " + Fen.Format(best.MinimumAmount) + " yuan (" + best.Id + ": " + OutcomeWording.Arithmetic(best, Language) + ")"
                + (granted.Length > 1 ? " of " + granted.Length + " entitlements" : string.Empty);
        }

        var other = granted.OrderByDescending(e => e.MinimumAmount).FirstOrDefault();
        if (other is { QualifiedBy: { } finding } && other.Modality == modality)
        {
            return "what it gave is pending an approval, not owed: " + OutcomeWording.Grant(other, Language) + " (" + other.Id + ", qualified by " + finding + ")";
        }

        return other is null
            ? clause + " gave " + OutcomeWording.Beneficiary(beneficiary, Language) + " nothing"
            : "what it gave is not of that kind: " + OutcomeWording.Grant(other, Language) + " (" + other.Id + ", "
              + OutcomeWording.Modality(other.Modality, Language) + ", not " + OutcomeWording.Modality(modality, Language) + ")";
    }
}
