using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>
/// Every entry point refuses hostile values with the library's one validation exception, naming fact, field and range,
/// and leaves nothing half-built.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<Func<object>, string, string> RefusedValues() => new()
    {
        { () => new Unit(null!, "名", UnitKind.University, false, false), "Id", "is required and must not be empty or white space" },
        { () => new Unit("U1", "   ", UnitKind.University, false, false), "Name", "is required and must not be empty or white space" },
        { () => new Unit("U1", "名", (UnitKind)99, false, false), "Kind", "must be one of University, ResearchInstitute, StateOwnedEnterprise, PublicInstitution, Other; was 99" },
        { () => new Unit(new string('x', 257), "名", UnitKind.University, false, false), "Id", "must be at most 256 characters; was 257" },
        { () => new Unit("U\u0000", "名", UnitKind.University, false, false), "Id", "must not contain control characters" },
        { () => new PaymentReceived("P1", "C1", new LocalDate(2024, 1, 1), 1_000_000_000_000_000.01m), "Amount", "must be between -1,000,000,000,000,000 and 1,000,000,000,000,000 yuan; was 1000000000000000.01" },
        { () => new PaymentReceived("P1", "C1", new LocalDate(1899, 12, 31), 1m), "ReceivedOn", "must be between 1900-01-01 and 2199-12-31; was 1899-12-31" },
        { () => new OperatingProfit("Y1", "S1", 2200, 1m), "FiscalYear", "must be a year between 1900 and 2199; was 2200" },
        { () => new OperatingProfit("Y1", "S1", 2024, decimal.MinValue), "Amount", $"must be between -1,000,000,000,000,000 and 1,000,000,000,000,000 yuan; was {decimal.MinValue}" },
        { () => new TechnologyContract("C1", "A1", "", TransformationMode.Transfer, new LocalDate(2024, 1, 1), 1m, true), "RegistrationNumber", "is required and must not be empty or white space" },
        { () => new TechnologyContract("C1", "A1", "R", (TransformationMode)0, new LocalDate(2024, 1, 1), 1m, true), "Mode", "must be one of Transfer, Licence, EquityInvestment; was 0" },
        { () => new EquityConversion("Q1", "C1", new LocalDate(2024, 1, 1), 1m, 0m), "EquityShareFormed", "must be a fraction greater than 0 and at most 1 (e.g. 0.3 for 30%); was 0" },
        { () => new CommissionedResearchSurplus("H1", "U1", "项目", new LocalDate(2024, 1, 1), 1m, (SurplusUse)3), "Use", "must be one of InvestedInTransformation, PerformancePay; was 3" },
    };

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_fact_refuses_a_hostile_value_naming_the_field_and_the_valid_range(Func<object> construct, string field, string reason)
    {
        var problem = construct.Should().Throw<InvalidFactException>().Which.Problem;

        problem.Field.Should().Be(field);
        problem.Reason.Should().Be(reason);
    }

    [Fact]
    public void A_case_refuses_a_null_fact_and_says_where_it_is()
    {
        var act = () => new IncentiveCase("c", [new Unit("U1", "名", UnitKind.University, false, false), null!]);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new ValidationProblem("IncentiveCase", "c", "Facts[1]", "must not be null"));
    }

    [Fact]
    public void A_case_without_a_unit_is_refused()
    {
        var act = () => new IncentiveCaseBuilder("c").Build();

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Reason.Should().Be("must include at least one Unit");
    }

    [Fact]
    public void An_evaluation_date_out_of_range_is_refused_before_anything_runs()
    {
        var incentiveCase = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1m).Build();

        var act = () => Cases.Engine.Evaluate(incentiveCase, new LocalDate(2200, 1, 1));

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new ValidationProblem("IncentiveEngine", null, "EvaluationDate", "must be between 1900-01-01 and 2199-12-31; was 2200-01-01"));
    }

    [Fact]
    public void The_largest_amounts_accepted_are_computed_without_overflow()
    {
        // 1,000 instalments of the largest amount: 10^18 yuan received, × 80% = 8 × 10^17, far inside decimal's range.
        var builder = Cases.University().Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, Guard.MaximumYuan);
        for (var i = 0; i < 1_000; i++)
        {
            builder.Payment($"P{i}", "C1", Cases.Signed, Guard.MaximumYuan);
        }

        var decision = builder.Evaluate();

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(800_000_000_000_000_000m);
    }

    [Fact]
    public void An_engine_refuses_no_packs_and_duplicate_packs()
    {
        var none = () => new IncentiveEngine([]);
        var twice = () => new IncentiveEngine([Baotou149.Pack, Baotou149.Pack]);

        none.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Be("must include at least one policy pack");
        twice.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Be("is given twice: each pack may be applied once");
    }
}
