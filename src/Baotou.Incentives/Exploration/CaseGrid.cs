using System.Globalization;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// The cases an exploration checks, made systematically from the packs: every combination of the dimensions the rules read
/// (unit kind, state-established, own rule or agreement, national award, mode, landing in Baotou, secrecy and approval dates),
/// each under the packs given, beside a later municipal measure, and beside a regional change of one parameter; and for each,
/// one scenario that puts an amount or a date at, one fen or one day below, or one above a threshold, term or effective date
/// the packs define. Every number and date is read from the packs: nothing here is a policy number.
/// </summary>
/// <remarks>
/// A combination meets each of the three pack sets once, and the scenarios are dealt out to the combinations in turn, so every
/// scenario meets every value of every dimension. The order is fixed, so the n-th case is the same on every run.
/// </remarks>
internal sealed class CaseGrid
{
    private static readonly UnitKind[] Kinds = Enum.GetValues<UnitKind>();
    private static readonly TransformationMode[] Modes = Enum.GetValues<TransformationMode>();
    private static readonly bool?[] Established = [null, true, false];
    private static readonly string[] Terms = ["none", "own rule", "agreement"];
    private static readonly string[] Secrecy = ["none", "secret, no approval", "approved a day before signing", "approved on signing", "approved a day after signing"];

    private readonly IReadOnlyList<Combination> _combinations;
    private readonly IReadOnlyList<Scenario> _scenarios;
    private readonly IReadOnlyList<PolicyPack> _changes;

    internal CaseGrid(IReadOnlyList<PolicyPack> packs)
    {
        Given = packs;
        var ofItsOwn = packs.Where(p => p.ChangesPackId is null && p.Level == PolicyLevel.Municipal).ToArray();
        var later = ofItsOwn.Select(p => p.Successor($"{p.Id}-explore-successor", $"{p.DocumentNumber}（探索：后续政策）",
            $"{p.Title}（探索：后续政策）", p.EffectiveFrom.PlusYears(1).PlusDays(-30), p.EffectiveFrom.PlusYears(1))).ToArray();
        _changes = ofItsOwn.SelectMany(p => p.Parameters.Select((parameter, i) => Change(p, parameter, i))).ToArray();
        PackSets = [packs, [.. packs, .. later], .. _changes.Select(c => (IReadOnlyList<PolicyPack>)[.. packs, c])];

        var all = PackSets.SelectMany(s => s).DistinctBy(p => p.Id).ToArray();
        Amounts = all.SelectMany(p => p.Parameters.Where(x => x.Unit == ParameterUnit.Yuan).SelectMany(x => p.ValuesOf(x).Select(v => (x.Key, v.Value))))
            .Distinct().OrderBy(a => a.Value).ToArray();
        Rates = all.SelectMany(p => p.Parameters.Where(x => x.Unit == ParameterUnit.Rate).SelectMany(x => p.ValuesOf(x).Select(v => v.Value)))
            .Distinct().Order().ToArray();
        Years = all.SelectMany(p => p.Parameters.Where(x => x.Unit == ParameterUnit.Years).SelectMany(x => p.ValuesOf(x).Select(v => (x.Key, Years: (int)v.Value))))
            .Distinct().OrderBy(y => y.Years).ToArray();
        Dates = all.SelectMany(p => p.Parameters.SelectMany(x => p.ValuesOf(x).Select(v => v.EffectiveFrom)).Append(p.EffectiveFrom)
                .Select(d => (Label: $"{p.Id} from {d:yyyy-MM-dd}", Date: d)))
            .DistinctBy(d => d.Date).OrderBy(d => d.Date).ToArray();
        var latest = all.Max(p => p.EffectiveFrom);
        EvaluatedOn = new LocalDate(latest.Year + Years.Select(y => y.Years).DefaultIfEmpty(1).Max() + 2, 6, 30);
        TypicalAmount = Amounts.Length > 0 ? Amounts[0].Value : 1_000_000m;
        _scenarios = Scenarios().ToArray();
        _combinations = Combine().ToArray();
    }

    /// <summary>The packs given.</summary>
    internal IReadOnlyList<PolicyPack> Given { get; }

    /// <summary>The pack sets explored: the packs given; beside a later municipal measure; beside a regional change of each parameter.</summary>
    internal IReadOnlyList<IReadOnlyList<PolicyPack>> PackSets { get; }

    /// <summary>The date every systematic case is evaluated on: after every pack date and every profit year the packs count.</summary>
    internal LocalDate EvaluatedOn { get; }

    /// <summary>Every amount a pack sets (thresholds), with its parameter.</summary>
    internal (string Key, decimal Value)[] Amounts { get; }

    /// <summary>Every rate a pack sets.</summary>
    internal decimal[] Rates { get; }

    /// <summary>Every term a pack sets, in years, with its parameter.</summary>
    internal (string Key, int Years)[] Years { get; }

    /// <summary>Every date a pack or one of its values takes effect.</summary>
    internal (string Label, LocalDate Date)[] Dates { get; }

    /// <summary>The scenarios, each labelled with the boundary it touches.</summary>
    internal IReadOnlyList<string> Boundaries => _scenarios.Select(s => s.Label).ToArray();

    /// <summary>How many systematic cases there are: each combination under three pack sets.</summary>
    internal int Count => _combinations.Count * 3;

    private decimal TypicalAmount { get; }

    /// <summary>The n-th systematic case (0 ≤ n &lt; <see cref="Count"/>).</summary>
    internal ExploredCase At(int n)
    {
        var combination = _combinations[n / 3];
        var choice = n % 3;
        var packSet = choice < 2 ? choice : 2 + ((n / 3) % Math.Max(1, _changes.Count));
        if (packSet >= PackSets.Count)
        {
            packSet = 0;
        }

        var scenario = _scenarios[(int)(((long)(n / 3) * 7 + choice * 13) % _scenarios.Count)];
        var packs = PackSets[packSet];
        var signedOn = scenario.SignedOn ?? packs.Max(p => p.EffectiveFrom).PlusDays(30);
        var builder = new IncentiveCaseBuilder(string.Create(CultureInfo.InvariantCulture, $"explore-{n}"));
        var touched = combination.Build(builder, signedOn, out var contract);
        Money(builder, contract, scenario.Amount ?? TypicalAmount);
        scenario.Then?.Invoke(builder, contract, combination);
        touched.Add($"packs: {string.Join(" + ", packs.Select(p => p.Level.ToString()))}");
        touched.Add(scenario.Label);
        return new ExploredCase(builder.Build(), EvaluatedOn, packSet, touched);
    }

    private static PolicyPack Change(PolicyPack pack, PolicyParameter parameter, int index)
    {
        var value = pack.ValuesOf(parameter)[^1].Value;
        var step = Step(parameter.Unit);
        var changed = parameter.Unit == ParameterUnit.Rate && value - step < 0m ? value + step : parameter.Unit == ParameterUnit.Years && value <= 1m ? value + step : value - step;
        var on = pack.EffectiveFrom.PlusYears(1);
        return pack.ChangedBy(string.Create(CultureInfo.InvariantCulture, $"{pack.Id}-explore-change-{index}"), PolicyLevel.AutonomousRegion,
            $"探索：自治区变化 {parameter.Key}", $"探索：{parameter.Key} 调整为 {changed}", on.PlusDays(-30), on,
            [new ProvisionChange(parameter, changed, $"探索：{parameter.Key} = {changed}")]);
    }

    /// <summary>One step of a parameter: a percentage point of a rate, a fen of an amount, a year of a term.</summary>
    internal static decimal Step(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Rate => 0.01m,
        ParameterUnit.Yuan => 0.01m,
        _ => 1m,
    };

    private static string Side(int delta, string unit) => delta switch
    {
        < 0 => $"one {unit} below",
        0 => "exactly",
        _ => $"one {unit} above",
    };

    private static IEnumerable<Combination> Combine() =>
        from kind in Kinds
        from established in Established
        where kind != UnitKind.StateOwnedEnterprise || established != true
        from terms in Terms
        from award in (bool[])[false, true]
        from mode in Modes
        from lands in (bool[])[true, false]
        from secrecy in Secrecy
        select new Combination(kind, established, terms, award, mode, lands, secrecy);

    private IEnumerable<Scenario> Scenarios()
    {
        foreach (var (key, value) in Amounts)
        {
            foreach (var delta in (int[])[-1, 0, 1])
            {
                var amount = value + (delta * 0.01m);
                if (amount >= 0m)
                {
                    yield return new Scenario($"{key} = {value}: amount {Side(delta, "fen")}") { Amount = amount };
                }
            }
        }

        foreach (var (label, date) in Dates)
        {
            foreach (var delta in (int[])[-1, 0, 1])
            {
                yield return new Scenario($"{label}: contract signed {Side(delta, "day")}") { SignedOn = date.PlusDays(delta) };
            }
        }

        foreach (var delta in (int[])[-1, 0, 1])
        {
            yield return new Scenario($"evaluation date: money received {Side(delta, "day")}", (b, c, _) =>
            {
                if (c.Mode != TransformationMode.EquityInvestment)
                {
                    b.Payment("C1-P2", "C1", EvaluatedOn.PlusDays(delta), TypicalAmount);
                }
            });
            yield return new Scenario($"net income: deductions {Side(delta, "fen")} the money received", (b, c, _) =>
            {
                if (c.Mode != TransformationMode.EquityInvestment)
                {
                    b.Deduction("C1-D1", "C1", DeductionKind.RelatedTaxes, TypicalAmount + (delta * 0.01m));
                }
            });
        }

        foreach (var (key, years) in Years)
        {
            foreach (var delta in (int[])[-1, 0, 1])
            {
                var count = years + delta;
                if (count >= 0)
                {
                    yield return new Scenario($"{key} = {years}: profit years {Side(delta, "year")}", (b, c, _) =>
                    {
                        b.SelfImplementation("S1", "A1", c.SignedOn);
                        for (var y = 0; y < count; y++)
                        {
                            b.OperatingProfit(string.Create(CultureInfo.InvariantCulture, $"S1-Y{y}"), "S1", c.SignedOn.Year + y, TypicalAmount);
                        }
                    });
                    yield return new Scenario($"{key} = {years}: use right {Side(delta, "day")} the term",
                        (b, c, _) => b.UseRight("R1", "A1", c.SignedOn, c.SignedOn.PlusYears(years).PlusDays(delta)));
                }
            }
        }

        foreach (var delta in (int[])[-1, 0])
        {
            yield return new Scenario($"evaluation date: profit year {(delta < 0 ? "ended" : "not ended")}", (b, c, _) =>
            {
                b.SelfImplementation("S1", "A1", c.SignedOn);
                b.OperatingProfit("S1-Y0", "S1", EvaluatedOn.Year + delta, TypicalAmount);
            });
        }

        foreach (var rate in Rates)
        {
            foreach (var delta in (int[])[-1, 0, 1])
            {
                var own = rate + (delta * 0.01m);
                if (own is >= 0m and <= 1m)
                {
                    yield return new Scenario($"rate {rate}: the unit's own rates {Side(delta, "point")}", (b, _, combination) =>
                    {
                        if (combination.Terms != "none")
                        {
                            b.OwnRewardRates("W1", "U1", own, own, own);
                        }
                    });
                }
            }
        }

        yield return new Scenario("transfer office engaged", (b, _, _) => b.TransferOffice("C1-T", "C1", "技术转移中心"));
        yield return new Scenario("surplus invested and paid", (b, c, _) =>
        {
            b.CommissionedSurplus("H1", "U1", "横向项目", c.SignedOn, TypicalAmount, SurplusUse.InvestedInTransformation);
            b.CommissionedSurplus("H2", "U1", "横向项目", c.SignedOn, TypicalAmount, SurplusUse.PerformancePay);
        });
    }

    /// <summary>
    /// The money of the contract, put in before a scenario's own facts: an instalment received ten days after signing, or for an
    /// investment the equity formed at its conversion amount.
    /// </summary>
    private static void Money(IncentiveCaseBuilder builder, ContractDraft contract, decimal amount)
    {
        if (contract.Mode == TransformationMode.EquityInvestment)
        {
            builder.EquityConversion("C1-Q", "C1", contract.SignedOn, amount, 0.1m);
        }
        else
        {
            builder.Payment("C1-P1", "C1", contract.SignedOn.PlusDays(10), amount);
        }
    }

    /// <summary>The contract of a case while it is being built: a scenario may move its signing date.</summary>
    private sealed record ContractDraft(TransformationMode Mode, LocalDate SignedOn);

    /// <summary>
    /// A scenario: the boundary it touches, the facts it adds after the contract's money, and the signing date and amount of money
    /// it puts the contract on, if not the typical ones.
    /// </summary>
    private sealed record Scenario(string Label, Action<IncentiveCaseBuilder, ContractDraft, Combination>? Then = null)
    {
        internal LocalDate? SignedOn { get; init; }

        internal decimal? Amount { get; init; }
    }

    private sealed record Combination(UnitKind Kind, bool? Established, string Terms, bool Award, TransformationMode Mode, bool Lands, string Secrecy)
    {
        internal List<string> Build(IncentiveCaseBuilder builder, LocalDate signedOn, out ContractDraft contract)
        {
            builder.Unit("U1", "单位", Kind, Terms == "own rule", Terms == "agreement", Established)
                .Achievement("A1", "U1", "成果", "团队", Award);
            contract = new ContractDraft(Mode, signedOn);
            builder.Contract("C1", "A1", Mode, signedOn, 0m, Lands, "REG-C1");
            if (Secrecy != "none")
            {
                builder.StateSecret("K1", "A1");
                var offset = Array.IndexOf(CaseGrid.Secrecy, Secrecy) - 3;
                if (offset >= -1)
                {
                    builder.SecrecyApproval("K2", "A1", signedOn.PlusDays(offset), "保密局");
                }
            }

            return
            [
                $"unit kind: {Kind}", $"state-established: {(Established is { } e ? e ? "yes" : "no" : "not given")}", $"terms: {Terms}",
                $"national award: {(Award ? "yes" : "no")}", $"mode: {Mode}", $"lands in Baotou: {(Lands ? "yes" : "no")}", $"secrecy: {Secrecy}",
            ];
        }
    }
}
