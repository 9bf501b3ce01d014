using Baotou.Incentives.Tests.Support;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>Properties that hold for every valid case, each checked over thousands of generated ones.</summary>
public sealed class InvariantTests
{
    private const int Iterations = 2_000;

    private static IncentiveDecision Evaluate(IncentiveCase incentiveCase) => Cases.Engine.Evaluate(incentiveCase, GeneratedCases.EvaluatedOn);

    [Fact]
    public void No_entitlement_is_negative_and_no_floor_exceeds_its_basis()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
        {
            var decision = Evaluate(incentiveCase);
            foreach (var e in decision.Entitlements.Concat(decision.SupersededEntitlements))
            {
                e.Basis.Should().BeGreaterThanOrEqualTo(0m, e.Id);
                e.MinimumAmount.Should().BeGreaterThanOrEqualTo(0m, e.Id);
                e.MinimumAmount.Should().BeLessThanOrEqualTo(e.Basis, e.Id);
                e.MinimumAmount.Should().Be(e.Basis * e.Rate, e.Id);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Overlapping_grants_are_never_summed()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
        {
            var decision = Evaluate(incentiveCase);
            // One governing grant per beneficiary, income and force: an owed floor and a permission of one income both stand, never added.
            decision.Entitlements.GroupBy(e => (e.Beneficiary, e.IncomeKey, e.Modality)).Where(g => g.Count() > 1).Should().BeEmpty();
            foreach (var setAside in decision.SupersededEntitlements)
            {
                var governing = decision.Entitlements.Single(e => e.Beneficiary == setAside.Beneficiary && e.IncomeKey == setAside.IncomeKey && e.Modality == setAside.Modality);
                governing.MinimumAmount.Should().BeGreaterThanOrEqualTo(setAside.MinimumAmount);
            }

            decision.Supersessions.Select(s => s.SupersededId).Should().BeEquivalentTo(decision.SupersededEntitlements.Select(e => e.Id));
        }, iter: Iterations);
    }

    [Fact]
    public void The_order_facts_are_given_in_changes_neither_decision_nor_trace()
    {
        Gen.Select(GeneratedCases.Any, Gen.Int).Sample((incentiveCase, shuffleSeed) =>
        {
            var facts = incentiveCase.Facts.ToArray();
            new Random(shuffleSeed).Shuffle(facts);
            var shuffled = new IncentiveCase(incentiveCase.Id, facts);

            DecisionText.Of(Evaluate(shuffled)).Should().Be(DecisionText.Of(Evaluate(incentiveCase)));
        }, iter: Iterations);
    }

    [Fact]
    public void Evaluating_twice_gives_the_same_decision_and_trace()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
            DecisionText.Of(Evaluate(incentiveCase)).Should().Be(DecisionText.Of(Evaluate(incentiveCase))), iter: Iterations);
    }

    [Fact]
    public void Raising_an_amount_received_or_earned_never_lowers_what_is_owed()
    {
        Gen.Select(GeneratedCases.Any, Gen.Int[0, 1_000], Gen.Long[1, 50_000_000]).Sample((incentiveCase, pick, fen) =>
        {
            var raisable = incentiveCase.Facts.Where(Baotou.Incentives.Exploration.Invariants.IsRaisable).ToArray();
            if (raisable.Length == 0)
            {
                return;
            }

            var target = raisable[pick % raisable.Length];
            var raised = new IncentiveCase(incentiveCase.Id, incentiveCase.Facts.Select(f => ReferenceEquals(f, target) ? Baotou.Incentives.Exploration.Invariants.Raise(f, fen / 100m) : f));

            var before = Owed(Evaluate(incentiveCase));
            var after = Owed(Evaluate(raised));
            foreach (var (key, amount) in before)
            {
                after.Should().ContainKey(key);
                after[key].Should().BeGreaterThanOrEqualTo(amount, $"raising {target.Id} by {fen / 100m} must not lower {key}");
            }
        }, iter: Iterations);
    }

    private static Dictionary<(Beneficiary, string, Modality), decimal> Owed(IncentiveDecision decision) =>
        decision.Entitlements.ToDictionary(e => (e.Beneficiary, e.IncomeKey, e.Modality), e => e.MinimumAmount);
}
