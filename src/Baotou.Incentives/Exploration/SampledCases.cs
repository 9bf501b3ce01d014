using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// The explorer's seeded random sample, and the property tests' generated cases: valid cases of every shape the money measures
/// see: any unit kind and reward terms, up to three contracts of any mode signed before or after 149号 took effect, instalments
/// before and after the evaluation date, deductions, equity valuations, the transfer office, a self-implementation with up to
/// seven profit years (losses included), surpluses; whether the unit is state-established (yes, no or not given), its own rates
/// (any of them not given), a transfer service agency, and the non-money measures. A case is built from one seed, so a case is
/// reproduced from its seed. The state establishment, own rates and agency, added later, are drawn from a second generator of
/// the same seed, so the cases drawn before are drawn the same.
/// </summary>
/// <remarks>The dates are spread over the 1,100 days from 2023-06-01, on both sides of 149号's effective date: a sample's
/// range, not a policy number (the systematic part of an exploration reads every date from the packs).</remarks>
internal static class SampledCases
{
    private static readonly LocalDate Earliest = new(2023, 6, 1);

    internal static IncentiveCase Build(int seed)
    {
        var random = new Random(seed);
        var later = new Random(unchecked((seed * 31) + 22));
        var kinds = Enum.GetValues<UnitKind>();
        bool?[] establishment = [null, true, false];
        var kind = kinds[random.Next(kinds.Length)];
        var (ownRule, agreement) = (random.Next(4) == 0, random.Next(6) == 0);
        var builder = new IncentiveCaseBuilder($"generated-{seed}")
            .Unit("U1", "单位", kind, ownRule, agreement, kind == UnitKind.StateOwnedEnterprise ? null : establishment[later.Next(3)])
            .Achievement("A1", "U1", "成果", "团队", random.Next(3) == 0);
        if ((ownRule || agreement) && later.Next(2) == 0)
        {
            builder.OwnRewardRates("W1", "U1", OwnRate(later), OwnRate(later), OwnRate(later) / 10m);
        }

        if (later.Next(4) == 0)
        {
            builder.ServiceAgency("G1", "服务机构", "A1", later.Next(2) == 0, Earliest.PlusDays(later.Next(1100)));
        }

        var modes = Enum.GetValues<TransformationMode>();
        (string Id, LocalDate SignedOn)? firstContract = null;
        for (var c = 0; c < random.Next(4); c++)
        {
            var contract = $"C{c}";
            var signed = Earliest.PlusDays(random.Next(1100));
            var mode = modes[random.Next(modes.Length)];
            builder.Contract(contract, "A1", mode, signed, Yuan(random, 5_000_000), landsInBaotou: random.Next(5) != 0);
            firstContract ??= (contract, signed);
            for (var p = 0; p < random.Next(5); p++)
            {
                builder.Payment($"{contract}-P{p}", contract, signed.PlusDays(random.Next(1200)), Yuan(random, 2_500_000) + 0.01m);
            }

            for (var d = 0; d < random.Next(3); d++)
            {
                builder.Deduction($"{contract}-D{d}", contract, DeductionKind.RelatedTaxes, Yuan(random, 300_000) + 0.01m);
            }

            if (mode == TransformationMode.EquityInvestment && random.Next(4) != 0)
            {
                builder.EquityConversion($"{contract}-Q", contract, signed, Yuan(random, 4_000_000) + 0.01m, random.Next(1, 101) / 100m);
            }

            if (random.Next(2) == 0)
            {
                builder.TransferOffice($"{contract}-T", contract, "技术转移中心");
            }
        }

        if (random.Next(2) == 0)
        {
            var production = Earliest.PlusDays(random.Next(1100));
            builder.SelfImplementation("S1", "A1", production);
            var first = production.Year + random.Next(2);
            for (var y = 0; y < random.Next(8); y++)
            {
                var loss = random.Next(5) == 0;
                builder.OperatingProfit($"S1-Y{y}", "S1", first + y, (loss ? -1 : 1) * Yuan(random, 3_000_000));
            }
        }

        for (var s = 0; s < random.Next(3); s++)
        {
            builder.CommissionedSurplus($"H{s}", "U1", "横向项目", Earliest.PlusDays(random.Next(1100)), Yuan(random, 800_000) + 0.01m,
                random.Next(2) == 0 ? SurplusUse.InvestedInTransformation : SurplusUse.PerformancePay);
        }

        AddEmpowermentAndSafeguards(builder, random, firstContract);
        return builder.Build();
    }

    /// <summary>The non-money measures: ownership, use rights, secrecy, platforms, commissioners, publicity and reviews.</summary>
    private static void AddEmpowermentAndSafeguards(IncentiveCaseBuilder builder, Random random, (string Id, LocalDate SignedOn)? contract)
    {
        if (random.Next(3) == 0)
        {
            var unitShare = random.Next(0, 101) / 100m;
            builder.Ownership("O1", "A1", random.Next(2) == 0 ? OwnershipArrangementKind.CoOwnership : OwnershipArrangementKind.TransferOfUnitShare,
                Earliest.PlusDays(random.Next(1100)), unitShare, random.Next(4) == 0 ? random.Next(0, 101) / 100m : 1m - unitShare,
                random.Next(5) != 0, random.Next(5) != 0);
        }

        if (random.Next(3) == 0)
        {
            var start = Earliest.PlusDays(random.Next(1100));
            builder.UseRight("R1", "A1", start, start.PlusDays(3000 + random.Next(1000)), random.Next(5) != 0, random.Next(5) != 0);
            if (random.Next(2) == 0)
            {
                builder.UseRightExtension("E1", "R1", start.PlusDays(random.Next(3000)), random.Next(3) != 0, random.Next(3) != 0, random.Next(3) != 0);
            }
        }

        if (random.Next(4) == 0)
        {
            builder.StateSecret("K1", "A1");
            if (random.Next(2) == 0)
            {
                builder.SecrecyApproval("K2", "A1", Earliest.PlusDays(random.Next(1100)), "保密局");
            }
        }

        if (random.Next(4) == 0)
        {
            var areas = Enum.GetValues<PilotFocusArea>();
            builder.PilotPlatform("F1", "平台", areas[random.Next(areas.Length)], random.Next(4) != 0, Earliest.PlusDays(random.Next(1100)));
        }

        if (random.Next(4) == 0)
        {
            var roles = Enum.GetValues<CommissionerRole>();
            builder.Commissioner("M1", "特派员", "A1", roles[random.Next(roles.Length)], random.Next(4) != 0, random.Next(4) != 0, Earliest.PlusDays(random.Next(1100)));
        }

        if (contract is { } signed && random.Next(2) == 0)
        {
            var methods = Enum.GetValues<PricingMethod>();
            builder.Publicity("B1", signed.Id, methods[random.Next(methods.Length)],
                random.Next(6) == 0 ? null : signed.SignedOn.PlusDays(random.Next(-30, 10)), random.Next(8) != 0, random.Next(8) != 0, random.Next(8) != 0);
            if (random.Next(2) == 0)
            {
                builder.LiabilityReview("L1", signed.Id, "主要负责人", random.Next(5) != 0, random.Next(5) != 0, random.Next(8) != 0);
            }
        }
    }

    /// <summary>A rate a unit's own rule gives, from 0 to 1 in hundredths, or not given.</summary>
    private static decimal? OwnRate(Random random) => random.Next(4) == 0 ? null : random.Next(0, 101) / 100m;

    /// <summary>An amount to the fen from 0 to <paramref name="maximum"/> yuan.</summary>
    private static decimal Yuan(Random random, int maximum) => random.NextInt64(0, maximum * 100L) / 100m;
}
