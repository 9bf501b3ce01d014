using System.Collections.Concurrent;
using System.Globalization;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// Finds what nobody wrote a case for: generates cases systematically over the dimensions the rules read, with amounts and
/// dates at and one fen or one day either side of every threshold, term and effective date the packs define, plus a seeded
/// random sample; evaluates each under the packs, beside a later municipal measure and beside a regional change of each
/// parameter; and checks the invariants that must hold where clauses meet (docs/EXPLORE.md). Each violation is minimised to
/// the fewest facts that still break it, ready to write as a policy case.
/// </summary>
/// <example>
/// <code>
/// var report = new PolicyExplorer(KnownPacks.Default).Explore(new ExplorationOptions(MaxCases: 20_000));
/// foreach (var violation in report.Violations)
///     foreach (var (path, text) in violation.ToPolicyCaseFiles($"{violation.Invariant}-1")) File.WriteAllText(path, text);
/// </code>
/// </example>
public sealed class PolicyExplorer
{
    // A raise of one fen, the smallest, or of the largest threshold a pack sets, which carries an amount across every threshold.
    private const decimal OneFen = 0.01m;

    private readonly CaseGrid _grid;
    private readonly Func<IReadOnlyList<PolicyPack>, Func<IncentiveCase, LocalDate, IncentiveDecision>>? _evaluatorFor;
    private readonly ConcurrentDictionary<int, (Func<IncentiveCase, LocalDate, IncentiveDecision> Evaluate, IncentiveEngine? Engine)> _evaluators = new();

    /// <summary>Creates an explorer of the given packs.</summary>
    /// <param name="packs">The packs, as an engine takes them (at least one, ids unique).</param>
    /// <exception cref="IncentiveValidationException">As for <see cref="IncentiveEngine(IEnumerable{PolicyPack})"/>.</exception>
    public PolicyExplorer(IEnumerable<PolicyPack> packs)
        : this(new IncentiveEngine(packs).Packs, evaluatorFor: null)
    {
    }

    /// <summary>
    /// An explorer whose decisions come from <paramref name="evaluatorFor"/> rather than the library's engine: how a test runs
    /// a rule set of its own with a fault planted. Records are not replayed then (there is no engine to replay them with).
    /// </summary>
    internal PolicyExplorer(IReadOnlyList<PolicyPack> packs, Func<IReadOnlyList<PolicyPack>, Func<IncentiveCase, LocalDate, IncentiveDecision>>? evaluatorFor)
    {
        _grid = new CaseGrid(packs);
        _evaluatorFor = evaluatorFor;
    }

    /// <summary>The packs explored.</summary>
    public IReadOnlyList<PolicyPack> Packs => _grid.Given;

    /// <summary>How many systematic cases the packs give: what an exploration checks before its random sample.</summary>
    public int SystematicCases => _grid.Count;

    /// <summary>
    /// Explores: the systematic cases in order, then the random sample, up to <see cref="ExplorationOptions.MaxCases"/>, on every
    /// core. Stop it early with <paramref name="cancellationToken"/> (a time budget): the report then says it is not complete.
    /// </summary>
    /// <param name="options">The bounds; the defaults when left out.</param>
    /// <param name="progress">Told how many cases have been checked, now and then.</param>
    /// <param name="cancellationToken">Stops the exploration; what was checked is reported.</param>
    /// <returns>What was checked and found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is below 1 (or the sample below 0).</exception>
    public ExplorationReport Explore(ExplorationOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExplorationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCases, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SampleCases, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxViolationsPerInvariant, 1, nameof(options));
        var total = (int)Math.Min(options.MaxCases, (long)_grid.Count + options.SampleCases);
        var found = new ConcurrentBag<(int Index, Breach Breach, ExploredCase Explored)>();
        var touched = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var checkedCount = 0;
        try
        {
            Parallel.For(0, total, new ParallelOptions { CancellationToken = cancellationToken }, n =>
            {
                var explored = n < _grid.Count ? _grid.At(n) : Sampled(options.Seed, n - _grid.Count, n);
                foreach (var breach in Check(explored, n))
                {
                    found.Add((n, breach, explored));
                }

                foreach (var tag in explored.Touched)
                {
                    touched.AddOrUpdate(tag, 1, (_, c) => c + 1);
                }

                var done = Interlocked.Increment(ref checkedCount);
                if (done % 500 == 0)
                {
                    progress?.Report(done);
                }
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        progress?.Report(checkedCount);
        var counts = Invariants.All.Select(i => KeyValuePair.Create(i, found.Count(f => f.Breach.Invariant == i))).ToArray();
        var kept = found.OrderBy(f => f.Index).ThenBy(f => f.Breach.Detail, StringComparer.Ordinal)
            .GroupBy(f => f.Breach.Invariant)
            .SelectMany(g => g.DistinctBy(f => f.Index).Take(options.MaxViolationsPerInvariant))
            .OrderBy(f => f.Index)
            .Select(f => Minimised(f.Explored, f.Breach, f.Index))
            .ToArray();
        var boundaries = _grid.Boundaries.Distinct(StringComparer.Ordinal).Select(b => KeyValuePair.Create(b, touched.GetValueOrDefault(b))).ToArray();
        var dimensions = touched.Where(t => !_grid.Boundaries.Contains(t.Key, StringComparer.Ordinal))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        return new ExplorationReport(checkedCount, _grid.Count, checkedCount == (long)_grid.Count + options.SampleCases && !cancellationToken.IsCancellationRequested, kept, counts,
            dimensions, boundaries, _grid.PackSets.Select(s => string.Join("+", s.Select(p => p.Id))).ToArray());
    }

    /// <summary>Every invariant that does not hold for one case (none when the case is not valid: a minimised case must stay valid).</summary>
    internal IReadOnlyList<Breach> Check(ExploredCase explored, int variant)
    {
        var (evaluate, engine) = EvaluatorFor(explored.PackSet);
        var packs = _grid.PackSets[explored.PackSet];
        IncentiveDecision decision;
        try
        {
            decision = evaluate(explored.Case, explored.EvaluationDate);
        }
        catch (IncentiveValidationException)
        {
            return [];
        }

        var breaches = new List<Breach>(Invariants.OfDecision(explored.Case, decision, packs));
        breaches.AddRange(Invariants.OfReevaluation(explored.Case, explored.EvaluationDate, decision, evaluate, engine, variant,
            variant % 2 == 0 ? OneFen : Math.Max(OneFen, _grid.Amounts.Select(a => a.Value).DefaultIfEmpty(OneFen).Max())));
        return breaches;
    }

    private ExploredCase Sampled(int seed, int index, int n)
    {
        var incentiveCase = SampledCases.Build(unchecked((seed * 100_003) + index));
        // Evaluated on any day of the sample's span, so instalments and profit years fall on both sides of the date.
        var on = new LocalDate(2023, 6, 1).PlusDays((int)((uint)(index * 37) % 1_400));
        var packSet = n % _grid.PackSets.Count;
        return new ExploredCase(incentiveCase, on, packSet, ["random sample"]);
    }

    /// <summary>Leaves out facts, last first, while the same invariant still breaks and the case stays valid.</summary>
    private InvariantViolation Minimised(ExploredCase explored, Breach breach, int variant)
    {
        var facts = explored.Case.Facts.ToList();
        var current = breach;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = facts.Count - 1; i >= 0; i--)
            {
                var fewer = facts.Where((_, j) => j != i).ToArray();
                var trial = explored with { Case = new IncentiveCase(explored.Case.Id, fewer) };
                var still = Check(trial, variant).FirstOrDefault(b => b.Invariant == breach.Invariant);
                if (still is not null)
                {
                    facts.RemoveAt(i);
                    current = still;
                    changed = true;
                }
            }
        }

        return new InvariantViolation(current.Invariant, current.Detail, InvariantViolation.ClauseOf(current),
            new IncentiveCase(explored.Case.Id, facts), explored.EvaluationDate, _grid.PackSets[explored.PackSet], explored.Case.Facts.Count);
    }

    private (Func<IncentiveCase, LocalDate, IncentiveDecision> Evaluate, IncentiveEngine? Engine) EvaluatorFor(int packSet) =>
        _evaluators.GetOrAdd(packSet, i =>
        {
            if (_evaluatorFor is { } custom)
            {
                return (custom(_grid.PackSets[i]), null);
            }

            var engine = new IncentiveEngine(_grid.PackSets[i]);
            return (engine.Evaluate, engine);
        });

    /// <summary>The name a counterexample's policy case is written under: the invariant and its number among them.</summary>
    internal static string FileName(InvariantViolation violation, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{violation.Invariant}-{number}");
}
