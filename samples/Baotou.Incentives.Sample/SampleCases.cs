using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Sample;

/// <summary>Realistic cases, one per kind of transformation the money measures cover.</summary>
internal static class SampleCases
{
    /// <summary>
    /// A university transfers a national-award achievement: three instalments (the last after the evaluation date), taxes and
    /// fees deducted, its transfer office undertook the deal, no unit rule. Expect （七）20% of 2,400,000 received, （五）5% of
    /// net income, and （八）80% of net income owed with the 90% the national-award team may enjoy beside it, never added.
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
    /// 2024–2029 (2026 a loss, 2029 the 6th year), as a plan would give them. Evaluated on 2025-06-30 only 2024 has ended: expect
    /// 10% of 2024's profit, and 2025–2029 listed as not yet known, not counted (nothing is counted that the evaluation date
    /// cannot know). Evaluated after 2028, it would give 10% of each profitable year 2024–2028, 0 for 2026, nothing for 2029.
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

    /// <summary>
    /// Section 一 (empowerment): a university makes a team co-owner (30% / 70%, written agreement signed), grants a 10-year use
    /// right of another achievement and is asked to extend it; a third achievement involves state secrets and its ownership
    /// was arranged before the secrecy approval. Expect （一）permitted, （二）permitted term and an extension refused for poor
    /// income, （三）income retained, （十二）approval required and the early arrangement blocked.
    /// </summary>
    internal static IncentiveCase UniversityEmpowerment() => new IncentiveCaseBuilder("sample-university-empowerment")
        .Unit("U-IMU", "内蒙古某大学", UnitKind.University)
        .Achievement("A-SI", "U-IMU", "光伏级多晶硅提纯技术", "陈教授团队")
        .Achievement("A-MAG", "U-IMU", "稀土磁制冷材料", "刘教授团队")
        .Achievement("A-SEC", "U-IMU", "某特种合金熔炼工艺", "周教授团队")
        .Ownership("O-SI", "A-SI", OwnershipArrangementKind.CoOwnership, new LocalDate(2024, 4, 10), unitShare: 0.30m, teamShare: 0.70m)
        .UseRight("R-MAG", "A-MAG", new LocalDate(2024, 5, 1), new LocalDate(2034, 5, 1))
        .UseRightExtension("E-MAG", "R-MAG", new LocalDate(2025, 5, 1), agreementPerformed: true, positiveProgress: true, goodIncome: false)
        .StateSecret("K-SEC", "A-SEC")
        .Ownership("O-SEC", "A-SEC", OwnershipArrangementKind.TransferOfUnitShare, new LocalDate(2024, 6, 1), unitShare: 0m, teamShare: 1m)
        .SecrecyApproval("K-APP", "A-SEC", new LocalDate(2024, 7, 15), "市国家保密局")
        .Contract("C-SI", "A-SI", TransformationMode.Licence, new LocalDate(2024, 9, 1), 600_000m)
        .Payment("P-SI", "C-SI", new LocalDate(2024, 9, 20), 600_000m)
        .Build();

    /// <summary>
    /// Section 二 (channels): a research institute's pilot platform for the rare-earth bases, open to the public, and a
    /// commissioner who helped a fiscally funded project land; a second platform serves no named area. Expect （四）
    /// discretionary support for the first, not eligible for the second, and （六）the commissioner eligible per role.
    /// </summary>
    internal static IncentiveCase InstituteChannels() => new IncentiveCaseBuilder("sample-institute-channels")
        .Unit("U-RARE", "包头某稀土研究院", UnitKind.ResearchInstitute)
        .Achievement("A-CAT", "U-RARE", "稀土催化材料中试工艺", "孙研究员团队")
        .PilotPlatform("F-RE", "稀土功能材料中试基地", PilotFocusArea.RareEarthBases, openToPublic: true, new LocalDate(2024, 2, 1))
        .PilotPlatform("F-FOOD", "食品加工中试车间", PilotFocusArea.Other, openToPublic: true, new LocalDate(2024, 2, 1))
        .Commissioner("M-1", "张特派员", "A-CAT", CommissionerRole.ApplicationAndTransformation, fiscalFunding: true, helpedLandInBaotou: true, new LocalDate(2024, 3, 1))
        .Build();

    /// <summary>
    /// Section 四 (safeguards): two transfers by a university. The first was published (name, summary, price) ten days before
    /// signing and its decision-makers are exempt; the second was signed before its publication went up, so the publicity
    /// obligation is breached and the officers are not exempt, the unpublished price named as the failed condition.
    /// </summary>
    internal static IncentiveCase UniversitySafeguards() => new IncentiveCaseBuilder("sample-university-safeguards")
        .Unit("U-BUT", "包头某理工大学", UnitKind.University, hasRewardDistributionRule: true)
        .Achievement("A-WIND", "U-BUT", "风电叶片无损检测技术", "吴教授团队")
        .Contract("C-OK", "A-WIND", TransformationMode.Transfer, new LocalDate(2024, 10, 20), 900_000m)
        .Payment("P-OK", "C-OK", new LocalDate(2024, 11, 1), 900_000m)
        .Publicity("B-OK", "C-OK", PricingMethod.Auction, new LocalDate(2024, 10, 10))
        .LiabilityReview("L-OK", "C-OK", "学校主要负责人", diligent: true, democraticDecision: true, noIllegalGain: true)
        .Contract("C-LATE", "A-WIND", TransformationMode.Transfer, new LocalDate(2024, 11, 5), 400_000m)
        .Payment("P-LATE", "C-LATE", new LocalDate(2024, 11, 20), 400_000m)
        .Publicity("B-LATE", "C-LATE", PricingMethod.Negotiation, new LocalDate(2024, 11, 8))
        .LiabilityReview("L-LATE", "C-LATE", "科技计划项目实施部门", diligent: true, democraticDecision: true, noIllegalGain: true)
        .Build();

    /// <summary>The cases evaluated under 149号 alone, by section of the policy.</summary>
    internal static IReadOnlyList<IncentiveCase> All() =>
    [
        UniversityEmpowerment(), InstituteChannels(), UniversityTransfer(), InstituteEquityInvestment(), EnterpriseSelfImplementation(),
        UniversityWithOwnRule(), UniversitySafeguards(),
    ];
}
