using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Benchmarks;

/// <summary>The cases every benchmark and every peer runs, so that figures and amounts compare like with like.</summary>
public static class BenchmarkCases
{
    public static readonly LocalDate EvaluatedOn = new(2026, 6, 30);

    private static readonly LocalDate Signed = new(2024, 3, 1);

    private static readonly Lazy<int> Firings = new(() => new IncentiveEngine([Baotou149.Pack]).Evaluate(Typical(), EvaluatedOn).Trace.Count);

    /// <summary>
    /// How many rules fire for the typical case under 149号 alone (the packs of the benchmarks): counted from its decision's
    /// trace, so that the floor fires exactly as many minimal rules whatever the rules become.
    /// </summary>
    public static int TypicalFirings => Firings.Value;

    /// <summary>Evaluates the cases through the batch API (<c>EvaluateManyAsync</c>), waiting for it, and counts the entitlements.</summary>
    public static int EvaluateAll(IncentiveEngine engine, IEnumerable<IncentiveCase> cases, BatchOptions? options = null)
    {
        return Count().AsTask().GetAwaiter().GetResult();

        async ValueTask<int> Count()
        {
            var entitlements = 0;
            await foreach (var result in engine.EvaluateManyAsync(cases.ToAsyncEnumerable(), EvaluatedOn, options).ConfigureAwait(false))
            {
                entitlements += result.Decision!.Entitlements.Count;
            }

            return entitlements;
        }
    }

    /// <summary>A university transfer: three instalments, two deductions, the transfer office undertook it, no unit rule.</summary>
    public static IncentiveCase Typical(string id = "typical") => new IncentiveCaseBuilder(id)
        .Unit("U1", "某大学", UnitKind.University)
        .Achievement("A1", "U1", "稀土永磁材料", "团队")
        .Contract("C1", "A1", TransformationMode.Transfer, Signed, 3_000_000m)
        .Payment("P1", "C1", new LocalDate(2024, 4, 1), 1_000_000m)
        .Payment("P2", "C1", new LocalDate(2024, 10, 1), 1_000_000m)
        .Payment("P3", "C1", new LocalDate(2025, 4, 1), 1_000_000m)
        .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 180_000m)
        .Deduction("D2", "C1", DeductionKind.TransactionCost, 20_000m)
        .TransferOffice("T1", "C1", "技术转移中心")
        .Build();

    /// <summary>A state-owned enterprise's self-implementation with six profit years, a licence, an equity investment and a surplus.</summary>
    public static IncentiveCase Large(string id = "large") => new IncentiveCaseBuilder(id)
        .Unit("U1", "某研究院", UnitKind.ResearchInstitute)
        .Achievement("A1", "U1", "稀土抛光粉", "团队", hasNationalScienceAward: true)
        .SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
        .OperatingProfit("Y1", "S1", 2024, 1_000_000m)
        .OperatingProfit("Y2", "S1", 2025, 2_500_000m)
        .OperatingProfit("Y3", "S1", 2026, -300_000m)
        .OperatingProfit("Y4", "S1", 2027, 1_800_000m)
        .OperatingProfit("Y5", "S1", 2028, 2_000_000m)
        .OperatingProfit("Y6", "S1", 2029, 2_200_000m)
        .Contract("C1", "A1", TransformationMode.Transfer, Signed, 2_400_000m)
        .Payment("P1", "C1", new LocalDate(2024, 5, 1), 2_400_000m)
        .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 100_000m)
        .TransferOffice("T1", "C1", "技术转移中心")
        .Contract("C2", "A1", TransformationMode.EquityInvestment, Signed, 0m)
        .EquityConversion("Q2", "C2", Signed, 2_000_000m, 0.25m)
        .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 500_000m, SurplusUse.InvestedInTransformation)
        .Build();

    /// <summary>A transfer with <paramref name="payments"/> instalments, to see how cost grows with the rows of a case.</summary>
    public static IncentiveCase ManyPayments(int payments)
    {
        var builder = new IncentiveCaseBuilder($"payments-{payments}")
            .Unit("U1", "某大学", UnitKind.University)
            .Achievement("A1", "U1", "成果", "团队")
            .Contract("C1", "A1", TransformationMode.Licence, Signed, payments * 10_000m);
        for (var i = 0; i < payments; i++)
        {
            builder.Payment($"P{i:D4}", "C1", Signed.PlusDays(i % 700), 10_000m);
        }

        return builder.Build();
    }

    /// <summary>
    /// <paramref name="rows"/> profit rows, ten fiscal years per self-implementation (2024–2033, so half of them past the 5th
    /// year and yielding findings rather than rewards): real profit rows are per year, so a case grows by implementations.
    /// </summary>
    public static IncentiveCase ManyProfitRows(int rows)
    {
        const int yearsEach = 10;
        var builder = new IncentiveCaseBuilder($"profits-{rows}")
            .Unit("U1", "某集团", UnitKind.StateOwnedEnterprise)
            .Achievement("A1", "U1", "成果", "团队");
        for (var i = 0; i < rows; i++)
        {
            var implementation = $"S{i / yearsEach:D3}";
            if (i % yearsEach == 0)
            {
                builder.SelfImplementation(implementation, "A1", new LocalDate(2024, 1, 10));
            }

            builder.OperatingProfit($"Y{i:D4}", implementation, 2024 + (i % yearsEach), 100_000m + i);
        }

        return builder.Build();
    }

    /// <summary>A mix of the kinds of case a nightly batch sees, each with its own id.</summary>
    public static IReadOnlyList<IncentiveCase> Mixed(int count) => Enumerable.Range(0, count).Select(MixedCase).ToArray();

    /// <summary>The <paramref name="index"/>th case of <see cref="Mixed"/>.</summary>
    public static IncentiveCase MixedCase(int index) => (index % 4) switch
    {
        0 => Typical($"typical-{index}"),
        1 => Large($"large-{index}"),
        2 => ManyPayments(3),
        _ => ManyProfitRows(6),
    };
}
