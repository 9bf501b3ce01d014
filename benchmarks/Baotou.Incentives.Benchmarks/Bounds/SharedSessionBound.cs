using Baotou.Incentives.Benchmarks.Peers;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Resolution;
using NodaTime;

namespace Baotou.Incentives.Benchmarks.Bounds;

/// <summary>
/// The most the lever "many cases per session" could give, measured with the rules as they are: typical cases whose ids are
/// all different (so that no join can match one case's facts to another's, and no two facts are equal) share one session and
/// one <c>Fire()</c>, with the engine's own views, trace recorder and session factory. A real batch has ids that repeat across
/// cases (every case has its <c>U1</c> and <c>C1</c>), so building the lever would also need a case key in every join; this is
/// the cost without that key, so a bound.
/// </summary>
public sealed class SharedSessionBound
{
    private readonly IReadOnlyList<PolicyPack> _packs = [Baotou149.Pack];
    private readonly PacksApplied _packsApplied;
    private readonly string _ruleSets;
    private readonly ICaseFact[][] _cases;

    /// <param name="casesPerSession">How many typical cases share the session.</param>
    public SharedSessionBound(int casesPerSession)
    {
        _packsApplied = new PacksApplied(_packs);
        _ruleSets = CompiledRules.RuleSetsKey(_packs.Select(p => p.RuleSet));
        _cases = Enumerable.Range(0, casesPerSession).Select(i => FactKinds.Canonical(Typical($"-{i}").Facts)).ToArray();
        CasesPerSession = casesPerSession;
    }

    public int CasesPerSession { get; }

    /// <summary>Evaluates every case in one session and returns the firings traced (the typical case's firings × cases).</summary>
    public int Run() => Evaluate().Entries.Count;

    /// <summary>Who is owed how much on which fact, for every case of the session: what each case alone is owed, checked by a test.</summary>
    public IReadOnlyList<MoneyOutcome> Amounts() =>
        MoneyOutcome.Sorted(Evaluate().Entitlements.Select(e => new MoneyOutcome(e.Beneficiary, e.SubjectFactId, e.MinimumAmount)));

    private TraceRecorder Evaluate()
    {
        var batch = new List<object>(2 + _packs.Count + (_cases.Length * 12)) { new EvaluationContext(BenchmarkCases.EvaluatedOn), _packsApplied };
        batch.AddRange(_packs);
        foreach (var ordered in _cases)
        {
            batch.AddRange(ordered);
            batch.AddRange(FactViews.Of(ordered, BenchmarkCases.EvaluatedOn));
        }

        // The typical case needs no rule over outcomes (nothing overlaps, something is granted), so one session is all of it.
        var session = CompiledRules.For(_cases[0], _ruleSets).CreateSession();
        session.InsertAll(batch);
        var recorder = new TraceRecorder();
        recorder.Listen(session);
        session.Fire();
        return recorder;
    }

    /// <summary>The benchmarks' typical case (<see cref="BenchmarkCases.Typical"/>) with every id ending in <paramref name="suffix"/>.</summary>
    public static IncentiveCase Typical(string suffix)
    {
        var signed = new LocalDate(2024, 3, 1);
        var (u, a, c) = ("U1" + suffix, "A1" + suffix, "C1" + suffix);
        return new IncentiveCaseBuilder("typical" + suffix)
            .Unit(u, "某大学", UnitKind.University)
            .Achievement(a, u, "稀土永磁材料", "团队")
            .Contract(c, a, TransformationMode.Transfer, signed, 3_000_000m)
            .Payment("P1" + suffix, c, new LocalDate(2024, 4, 1), 1_000_000m)
            .Payment("P2" + suffix, c, new LocalDate(2024, 10, 1), 1_000_000m)
            .Payment("P3" + suffix, c, new LocalDate(2025, 4, 1), 1_000_000m)
            .Deduction("D1" + suffix, c, DeductionKind.RelatedTaxes, 180_000m)
            .Deduction("D2" + suffix, c, DeductionKind.TransactionCost, 20_000m)
            .TransferOffice("T1" + suffix, c, "技术转移中心")
            .Build();
    }
}
