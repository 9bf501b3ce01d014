using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>Bad input is refused whole, with one exception that names every problem: fact, field and why.</summary>
public sealed class BadInputTests
{
    private static IncentiveCaseBuilder Transfer() => Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m);

    private static IReadOnlyList<ValidationProblem> ProblemsOf(Func<object> act) =>
        act.Should().Throw<IncentiveValidationException>().Which.Problems;

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public void A_payment_must_be_greater_than_zero(decimal amount)
    {
        var problems = ProblemsOf(() => Transfer().Payment("P2", "C1", Cases.Signed, amount).Build());

        problems.Should().ContainSingle().Which.Should().Be(
            new ValidationProblem("PaymentReceived", "P2", "Amount", $"must be greater than 0 yuan; was {amount}"));
    }

    [Fact]
    public void A_payment_for_an_unknown_contract_is_refused()
    {
        var problems = ProblemsOf(() => Transfer().Payment("P2", "C9", Cases.Signed.PlusDays(1), 10m).Build());

        problems.Should().ContainSingle().Which.Should().Be(
            new ValidationProblem("PaymentReceived", "P2", "ContractId", "names TechnologyContract 'C9', which is not in the case"));
    }

    [Fact]
    public void Two_profit_rows_for_one_year_are_refused()
    {
        var problems = ProblemsOf(() => Cases.Unit(UnitKind.StateOwnedEnterprise)
            .SelfImplementation("S1", "A1", new LocalDate(2024, 3, 1))
            .OperatingProfit("Y1", "S1", 2025, 10m)
            .OperatingProfit("Y1b", "S1", 2025, 20m)
            .Build());

        problems.Should().ContainSingle().Which.Should().Be(new ValidationProblem("OperatingProfit", "Y1b", "FiscalYear",
            "is 2025, a year that row 'Y1' already reports for self-implementation 'S1': one row per year"));
    }

    [Fact]
    public void A_profit_year_before_production_is_refused()
    {
        var problems = ProblemsOf(() => Cases.Unit(UnitKind.StateOwnedEnterprise)
            .SelfImplementation("S1", "A1", new LocalDate(2024, 3, 1))
            .OperatingProfit("Y0", "S1", 2023, 10m)
            .Build());

        problems.Should().ContainSingle().Which.Should().Be(new ValidationProblem("OperatingProfit", "Y0", "FiscalYear",
            "is 2023, before production succeeded on 2024-03-01"));
    }

    [Fact]
    public void A_negative_deduction_that_would_put_net_income_above_gross_is_refused()
    {
        var problems = ProblemsOf(() => Transfer().Deduction("D9", "C1", DeductionKind.Other, -1_000m).Build());

        problems.Should().ContainSingle().Which.Should().Be(new ValidationProblem("IncomeDeduction", "D9", "Amount",
            "must be greater than 0 yuan; was -1000: a negative deduction would make net income exceed gross income"));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var problems = ProblemsOf(() => Transfer().Payment("C1", "C1", Cases.Signed.PlusDays(1), 10m).Build());

        problems.Should().ContainSingle().Which.Should().Be(new ValidationProblem("PaymentReceived", "C1", "Id",
            "duplicates the id of TechnologyContract 'C1': ids must be unique within a case"));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var problems = ProblemsOf(() => Transfer()
            .Payment("P2", "C1", Cases.Signed.PlusDays(1), -1m)
            .Payment("P3", "C9", Cases.Signed.PlusDays(1), 1m)
            .Deduction("D2", "C1", DeductionKind.Other, 0m)
            .Contract("C2", "A9", TransformationMode.Licence, Cases.Signed, 1m)
            .Build());

        problems.Select(p => (p.FactId, p.Field)).Should().BeEquivalentTo(new[]
        {
            ("P2", "Amount"), ("D2", "Amount"), ("P3", "ContractId"), ("C2", "AchievementId"),
        });
    }

    [Fact]
    public void The_engine_refuses_an_invalid_case_built_without_the_builder_and_returns_nothing()
    {
        var incentiveCase = new IncentiveCase("raw", [
            new Unit("U1", "单位", UnitKind.University, false, false),
            new PaymentReceived("P1", "C404", Cases.Signed, 10m),
        ]);

        var act = () => Cases.Engine.Evaluate(incentiveCase, Cases.Evaluated);

        act.Should().Throw<IncentiveValidationException>()
            .Which.Message.Should().Contain("PaymentReceived 'P1'.ContractId: names TechnologyContract 'C404', which is not in the case");
    }

    [Fact]
    public void A_fact_refuses_a_bad_value_at_construction_naming_the_valid_range()
    {
        var act = () => new EquityConversion("Q1", "C1", Cases.Signed, 1m, 1.5m);

        act.Should().Throw<InvalidFactException>().Which.Problem.Should().Be(new ValidationProblem("EquityConversion", "Q1", "EquityShareFormed",
            "must be a fraction greater than 0 and at most 1 (e.g. 0.3 for 30%); was 1.5"));
    }

    [Fact]
    public void Amounts_are_recorded_to_the_fen()
    {
        var act = () => new PaymentReceived("P1", "C1", Cases.Signed, 10.001m);

        act.Should().Throw<InvalidFactException>().Which.Problem.Reason.Should().Be("must be recorded to the fen (at most 2 decimal places); was 10.001");
    }
}
