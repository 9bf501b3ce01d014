namespace Baotou.Incentives.Tests.Support;

/// <summary>
/// Starting points for test cases: a unit of a given kind with one achievement, to which each test adds the facts it is
/// about. Dates are after 149号 took effect (2023-12-18) unless a test is about that date.
/// </summary>
internal static class Cases
{
    /// <summary>
    /// 149号 alone, so that a test of one of its rules sees that measure's outcomes without the law's floors beside them. The
    /// default engine (the law's 第四十五条 and 149号) is <see cref="Packs.Both"/>.
    /// </summary>
    internal static readonly IncentiveEngine Engine = new([Baotou149.Pack]);

    /// <summary>A date well after every event in the tests, so all money counts unless a test says otherwise.</summary>
    internal static readonly LocalDate Evaluated = new(2026, 6, 30);

    internal static readonly LocalDate Signed = new(2024, 3, 1);

    /// <summary>
    /// A date after every fiscal year the profit tests name has ended (up to 2030): a year's operating profit is not yet known,
    /// and not counted, before its 31 December.
    /// </summary>
    internal static readonly LocalDate AfterEveryProfitYear = new(2031, 6, 30);

    internal static IncentiveCaseBuilder Unit(UnitKind kind, bool ownRule = false, bool agreement = false, bool nationalAward = false, bool? stateEstablished = null) =>
        new IncentiveCaseBuilder("test-case")
            .Unit("U1", "测试单位", kind, ownRule, agreement, stateEstablished)
            .Achievement("A1", "U1", "测试成果", "测试团队", nationalAward);

    internal static IncentiveCaseBuilder University(bool ownRule = false, bool nationalAward = false) =>
        Unit(UnitKind.University, ownRule, nationalAward: nationalAward);

    /// <summary>A transfer or licence with one payment of <paramref name="received"/> and, if given, one deduction.</summary>
    internal static IncentiveCaseBuilder WithMoneyContract(
        this IncentiveCaseBuilder builder, TransformationMode mode, decimal received, decimal deducted = 0m, bool landsInBaotou = true, LocalDate? signedOn = null)
    {
        var signed = signedOn ?? Signed;
        builder.Contract("C1", "A1", mode, signed, received, landsInBaotou)
            .Payment("P1", "C1", signed.PlusDays(10), received);
        return deducted > 0m ? builder.Deduction("D1", "C1", DeductionKind.RelatedTaxes, deducted) : builder;
    }

    internal static IncentiveDecision Evaluate(this IncentiveCaseBuilder builder, LocalDate? on = null) =>
        Engine.Evaluate(builder.Build(), on ?? Evaluated);
}
