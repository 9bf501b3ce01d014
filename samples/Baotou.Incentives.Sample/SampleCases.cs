using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Sample;

/// <summary>Realistic cases, one per kind of transformation the money measures cover.</summary>
internal static class SampleCases
{
    /// <summary>
    /// A university transfers a national-award achievement: three instalments (the last after the evaluation date), taxes and
    /// fees deducted, its transfer office undertook the deal, no unit rule. Expect （七）20% of 2,400,000 received, （五）5% of
    /// net income, and （八）90% of net income governing over 80%.
    /// </summary>
    internal static IncentiveCase UniversityTransfer() => new IncentiveCaseBuilder("sample-university-transfer")
        .Unit("U-IMUST", "内蒙古某科技大学", UnitKind.University)
        .Achievement("A-REPM", "U-IMUST", "高性能稀土永磁材料制备技术", "李教授团队", hasNationalScienceAward: true)
        .Contract("C-2024-0317", "A-REPM", TransformationMode.Transfer, new LocalDate(2024, 3, 17), 3_000_000m, registrationNumber: "150201-2024-0317")
        .Payment("P-1", "C-2024-0317", new LocalDate(2024, 4, 2), 1_200_000m)
        .Payment("P-2", "C-2024-0317", new LocalDate(2024, 12, 20), 1_200_000m)
        .Payment("P-3", "C-2024-0317", new LocalDate(2025, 9, 1), 600_000m)
        .Deduction("D-TAX", "C-2024-0317", DeductionKind.RelatedTaxes, 144_000m)
        .Deduction("D-FEES", "C-2024-0317", DeductionKind.TransactionCost, 56_000m)
        .TransferOffice("T-1", "C-2024-0317", "学校技术转移中心")
        .Build();

    /// <summary>
    /// A research institute invests an achievement in a Baotou company, valued at 2,000,000 exactly for 25% of its equity.
    /// Expect （七）20% of 2,000,000 (the threshold is inclusive) and （八）80% of the equity formed (20% of the company).
    /// </summary>
    internal static IncentiveCase InstituteEquityInvestment() => new IncentiveCaseBuilder("sample-institute-equity")
        .Unit("U-RE-INST", "包头某稀土研究院", UnitKind.ResearchInstitute)
        .Achievement("A-POLISH", "U-RE-INST", "稀土抛光粉绿色制备工艺", "王研究员团队")
        .Contract("C-EQ-7", "A-POLISH", TransformationMode.EquityInvestment, new LocalDate(2024, 6, 1), 0m)
        .EquityConversion("Q-7", "C-EQ-7", new LocalDate(2024, 5, 20), 2_000_000m, 0.25m)
        .Build();

    /// <summary>
    /// A state-owned enterprise implements an achievement itself; production succeeded in March 2024. Profit rows for
    /// 2024–2029: 2026 is a loss, 2029 is the 6th year. Expect 10% of each profitable year 2024–2028, 0 for 2026, nothing for 2029.
    /// </summary>
    internal static IncentiveCase EnterpriseSelfImplementation() => new IncentiveCaseBuilder("sample-soe-self-implementation")
        .Unit("U-STEEL", "包头某钢铁集团", UnitKind.StateOwnedEnterprise)
        .Achievement("A-STEEL", "U-STEEL", "稀土钢连铸工艺", "技术中心团队")
        .SelfImplementation("S-1", "A-STEEL", new LocalDate(2024, 3, 15))
        .OperatingProfit("Y2024", "S-1", 2024, 1_000_000m)
        .OperatingProfit("Y2025", "S-1", 2025, 2_500_000m)
        .OperatingProfit("Y2026", "S-1", 2026, -300_000m)
        .OperatingProfit("Y2027", "S-1", 2027, 1_800_000m)
        .OperatingProfit("Y2028", "S-1", 2028, 2_000_000m)
        .OperatingProfit("Y2029", "S-1", 2029, 2_200_000m)
        .Build();

    /// <summary>
    /// A university with its own distribution rule licenses an achievement (the rule governs, nothing under the defaults), and
    /// decides the use of two commissioned-project surpluses; a contract signed before 149号 took effect is not covered.
    /// </summary>
    internal static IncentiveCase UniversityWithOwnRule() => new IncentiveCaseBuilder("sample-university-own-rule")
        .Unit("U-BTU", "包头某职业技术大学", UnitKind.University, hasRewardDistributionRule: true)
        .Achievement("A-HYD", "U-BTU", "氢能储运阀门密封技术", "赵老师团队")
        .Contract("C-LIC-1", "A-HYD", TransformationMode.Licence, new LocalDate(2024, 8, 8), 800_000m)
        .Payment("P-L1", "C-LIC-1", new LocalDate(2024, 9, 1), 800_000m)
        .Contract("C-OLD", "A-HYD", TransformationMode.Licence, new LocalDate(2023, 12, 17), 300_000m)
        .Payment("P-OLD", "C-OLD", new LocalDate(2024, 1, 5), 300_000m)
        .CommissionedSurplus("H-1", "U-BTU", "风电齿轮箱检测横向项目", new LocalDate(2024, 7, 1), 500_000m, SurplusUse.InvestedInTransformation)
        .CommissionedSurplus("H-2", "U-BTU", "光伏硅料检测横向项目", new LocalDate(2024, 7, 1), 120_000m, SurplusUse.PerformancePay)
        .Build();

    internal static IReadOnlyList<IncentiveCase> All() =>
        [UniversityTransfer(), InstituteEquityInvestment(), EnterpriseSelfImplementation(), UniversityWithOwnRule()];
}
