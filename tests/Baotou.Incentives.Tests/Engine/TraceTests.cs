using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>Every rule firing names its measure, clause, the facts it matched and the parameter values it read.</summary>
public sealed class TraceTests
{
    [Fact]
    public void Every_entry_names_rule_clause_measure_and_matched_facts_in_firing_order()
    {
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 2_000_000m, 100_000m)
            .TransferOffice("T1", "C1", "技术转移中心").Evaluate();

        decision.Trace.Select(t => t.Sequence).Should().Equal(Enumerable.Range(1, decision.Trace.Count));
        decision.Trace.Should().AllSatisfy(t =>
        {
            t.RuleId.Should().NotBeNullOrWhiteSpace();
            t.Clause.Should().StartWith("149号·");
            t.Measure.Should().NotBeNullOrWhiteSpace();
            t.MatchedFacts.Should().NotBeEmpty();
            t.Produced.Should().NotBeEmpty();
        });
        decision.Trace.Last().RuleId.Should().Be("149-8-may-enjoy-beside-owed-floor",
            "the link between the 90% the team may enjoy and the 80% it is owed waits for every grant and every principle");
    }

    [Fact]
    public void An_entitlement_traces_to_the_rule_that_produced_it_with_the_parameter_it_read()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 500_000m).Evaluate();

        var entry = decision.Trace.Single(t => t.Produced.Contains("149-8-transfer-licence-net-income/C1"));
        entry.Parameters.Should().ContainSingle().Which.Should().Be(new ParameterReading(
            Baotou149.PackId, "149.8.transfer-licence-net-income-share", ParameterUnit.Rate, 0.80m, new LocalDate(2023, 12, 18),
            "包府办发〔2023〕149号（八）成果转让或许可取得的净收入……不低于 80% 的比例"));
        entry.MatchedFacts.Select(f => f.ToString()).Should().Equal(
            "TechnologyContract:C1", "Achievement:A1", "Unit:U1", "ContractIncome:income:C1", "PolicyPack:baotou-2023-149");
    }

    [Fact]
    public void Income_derivation_lists_payments_counted_and_produces_the_net_income()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.Licence, Cases.Signed, 10m)
            .Payment("P1", "C1", Cases.Signed, 5m)
            .Payment("P2", "C1", Cases.Evaluated.PlusDays(1), 5m)
            .Evaluate();

        var entry = decision.Trace.First();
        entry.RuleId.Should().Be("149-8-contract-net-income");
        entry.MatchedFacts.Select(f => f.Id).Should().Equal("evaluation-date", "C1", "P1", "P2");
        entry.Produced.Should().Equal("income:C1");
        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.Basis.Should().Be(5m);
    }
}
