using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Baotou.Incentives.Testing;

/// <summary>
/// Assertions over an <see cref="IncentiveDecision"/>, phrased the way the policy is: which clause grants whom how much,
/// which rule fired, what was set aside. Each failure message names the clause, so a failing test reads as a policy finding.
/// </summary>
public sealed class DecisionAssertions : ReferenceTypeAssertions<IncentiveDecision, DecisionAssertions>
{
    /// <summary>Creates assertions over a decision; use <see cref="DecisionExtensions.Should"/>.</summary>
    /// <param name="decision">The decision.</param>
    public DecisionAssertions(IncentiveDecision decision)
        : base(decision)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "decision";

    /// <summary>
    /// Asserts that a clause grants a beneficiary, in a governing (not superseded) entitlement, at least an amount once
    /// rounded to the fen.
    /// </summary>
    /// <param name="beneficiary">Who the amount is owed to.</param>
    /// <param name="amount">The least amount in yuan.</param>
    /// <param name="clause">The clause, e.g. <c>149号·（八）</c>.</param>
    /// <param name="because">Why the assertion is needed, for the failure message.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint to chain on; <c>Which</c> is the entitlement.</returns>
    public AndWhichConstraint<DecisionAssertions, Entitlement> GrantAtLeast(
        Beneficiary beneficiary, decimal amount, string clause, string because = "", params object[] becauseArgs)
    {
        var granted = Subject.Entitlements.Where(e => e.Clause == clause && e.Beneficiary == beneficiary).ToArray();
        var best = granted.OrderByDescending(e => e.MinimumAmount).FirstOrDefault();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(best is not null && Fen.Round(best.MinimumAmount) >= amount)
            .FailWith(
                "Expected " + clause + " to grant " + beneficiary + " at least " + Fen.Format(amount) + " yuan{reason}, but " +
                Describe(best, granted.Length, clause, beneficiary) + ".");
        return new AndWhichConstraint<DecisionAssertions, Entitlement>(this, best!);
    }

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
                "Expected rule " + ruleId + " to fire{reason}, but it did not; the rules that fired were: " +
                (fired.Length == 0 ? "none" : string.Join(", ", fired)) + ".");
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
                "Expected " + (firing?.Clause ?? string.Empty) + " (rule " + ruleId + ") not to fire{reason}, but it fired on " +
                (firing is null ? string.Empty : string.Join(", ", firing.MatchedFacts.Select(f => f.ToString()))) + ".");
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
                "Expected " + (governing?.Clause ?? "the entitlement") + " " + entitlementId + " to be superseded{reason}, but " +
                (governing is null ? "no such entitlement was granted" : "it governs: nothing set it aside") + ".");
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
                "Expected " + (made.FirstOrDefault()?.Clause ?? "rule " + ruleId) + " to determine " + status + "{reason}, but " +
                (made.Length == 0
                    ? "rule " + ruleId + " made no determination"
                    : "it determined " + string.Join(", ", made.Select(d => d.Status + " on " + d.SubjectFactId))) + ".");
        return new AndWhichConstraint<DecisionAssertions, Determination>(this, match!);
    }

    private static string Describe(Entitlement? best, int count, string clause, Beneficiary beneficiary) =>
        best is null
            ? clause + " granted " + beneficiary + " nothing"
            : "the most it granted was " + Fen.Format(best.MinimumAmount) + " yuan (" + best.Id + ", " + best.BasisDescription +
              " × " + best.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" +
              (count > 1 ? " of " + count + " entitlements" : string.Empty);
}
