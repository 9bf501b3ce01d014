using System.Globalization;
using Baotou.Incentives.Policy;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Exploration.Mutation;

/// <summary>
/// Mutation coverage per clause: for every pack the policy cases use, each parameter one step up and one step down
/// (a percentage point of a rate, a fen of an amount, a year of a term), the pack's effective date a day earlier and a day later,
/// and each reading switch flipped to every other reading; the cases run under each mutant, and a mutant no case fails under
/// survived: the cases would not notice that number, date or reading being wrong. Steps and values are read from the packs.
/// </summary>
public static class MutationCoverage
{
    /// <summary>Runs the cases under every mutant of the packs they use.</summary>
    /// <param name="cases">The policy cases, each with the name a report gives it (its file name).</param>
    /// <returns>Every mutant with the case that killed it, and the cases that failed before any mutation.</returns>
    public static MutationReport Run(IReadOnlyList<(string Name, PolicyCaseFile Case)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var failing = cases.Where(c => !Result(c.Case, c.Case.Packs).Passed).Select(c => c.Name).ToArray();
        var running = cases.Where(c => !failing.Contains(c.Name, StringComparer.Ordinal)).ToArray();
        var packs = running.SelectMany(c => c.Case.Packs).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var results = packs.SelectMany(MutantsOf).AsParallel().AsOrdered().Select(m => new MutantResult(m, KilledBy(m, running))).ToArray();
        return new MutationReport(
            results.OrderBy(r => r.Mutant.Clause, StringComparer.Ordinal).ThenBy(r => r.Mutant.PackId, StringComparer.Ordinal)
                .ThenBy(r => r.Mutant.Change, StringComparer.Ordinal).ToArray(),
            running.Length, failing);
    }

    /// <summary>Every mutant of one pack: of a change, only the parameters it changes (the rest it does not drive).</summary>
    internal static IEnumerable<Mutant> MutantsOf(PolicyPack pack)
    {
        var parameters = pack.ChangesPackId is null ? pack.Parameters : pack.Parameters.Where(p => pack.ChangedParameters.Contains(p.Key, StringComparer.Ordinal));
        foreach (var parameter in parameters)
        {
            var values = pack.ValuesOf(parameter);
            for (var i = 0; i < values.Count; i++)
            {
                foreach (var sign in (int[])[1, -1])
                {
                    var value = values[i].Value + (sign * CaseGrid.Step(parameter.Unit));
                    if (Policy.PackChecks.RangeProblem(parameter.Unit, value) is not null)
                    {
                        continue;
                    }

                    var index = i;
                    var dated = values.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (from {values[i].EffectiveFrom:yyyy-MM-dd})") : string.Empty;
                    yield return new Mutant(pack.Id, parameter.Clause, string.Create(CultureInfo.InvariantCulture, $"{parameter.Key}{dated} {values[i].Value} → {value}"),
                        p => p.WithSchedule(parameter, p.ValuesOf(parameter).Select((v, j) => j == index ? v with { Value = value } : v).ToArray()));
                }
            }
        }

        var commencement = pack.RuleSet == RuleSets.Baotou149 && pack.ChangesPackId is null ? Clauses.Commencement : $"{pack.DocumentNumber}·施行";
        foreach (var days in (int[])[-1, 1])
        {
            yield return new Mutant(pack.Id, commencement,
                string.Create(CultureInfo.InvariantCulture, $"effective from {pack.EffectiveFrom:yyyy-MM-dd} → {pack.EffectiveFrom.PlusDays(days):yyyy-MM-dd}"), p => p.ShiftedBy(days));
        }

        foreach (var mutant in ReadingsOf(pack))
        {
            yield return mutant;
        }
    }

    private static IEnumerable<Mutant> ReadingsOf(PolicyPack pack)
    {
        var r = pack.Readings;
        if (pack.RuleSet == RuleSets.NationalLaw2015)
        {
            // The law's rules read no other switch.
            return Flips(pack, Clauses.Law2015Article45Item3, "profitYears", r.ProfitYears, (x, v) => x with { ProfitYears = v });
        }

        return
        [
            .. Flips(pack, Clauses.Measure8, "profitYears", r.ProfitYears, (x, v) => x with { ProfitYears = v }),
            .. Flips(pack, Clauses.Measure5, "transferOfficeRewardBasis", r.TransferOfficeRewardBasis,
                (x, v) => x with { TransferOfficeRewardBasis = v }),
            .. Flips(pack, Clauses.Measure5, "transferOfficeEquity", r.TransferOfficeEquity, (x, v) => x with { TransferOfficeEquity = v }),
            .. Flips(pack, Clauses.Measure11, "exemptionPublicity", r.ExemptionPublicity, (x, v) => x with { ExemptionPublicity = v }),
            .. Flips(pack, Clauses.Measure3, "incomeRetention", r.IncomeRetention, (x, v) => x with { IncomeRetention = v }),
        ];
    }

    /// <summary>A reading switch of the pack flipped to each of its other values.</summary>
    private static IEnumerable<Mutant> Flips<TReading>(
        PolicyPack pack, string clause, string name, TReading current, Func<PolicyReadings, TReading, PolicyReadings> set)
        where TReading : struct, Enum =>
        Enum.GetValues<TReading>().Where(v => !v.Equals(current))
            .Select(v => new Mutant(pack.Id, clause, $"reading {name} {current} → {v}", p => p.WithReadings(set(p.Readings, v))));

    private static string? KilledBy(Mutant mutant, IReadOnlyList<(string Name, PolicyCaseFile Case)> cases)
    {
        foreach (var (name, policyCase) in cases.Where(c => c.Case.Packs.Any(p => p.Id == mutant.PackId)))
        {
            IReadOnlyList<PolicyPack> mutated;
            try
            {
                mutated = policyCase.Packs.Select(p => p.Id == mutant.PackId ? mutant.Apply(p) : p).ToArray();
            }
            catch (IncentiveValidationException)
            {
                return null; // not a pack the library accepts: no case can run under it
            }

            var result = Result(policyCase, mutated);
            if (!result.Passed)
            {
                return $"{name}: {result.FirstDifference}";
            }
        }

        return null;
    }

    private static PolicyCaseResult Result(PolicyCaseFile policyCase, IReadOnlyList<PolicyPack> packs)
    {
        try
        {
            return policyCase.Verify(packs, evaluate: null);
        }
        catch (Exception e) when (e is IncentiveValidationException or ArgumentOutOfRangeException)
        {
            // A mutant under which the case cannot even be evaluated (no value in force on a date) is noticed too.
            return new PolicyCaseResult(policyCase.Name, policyCase.Clause, false, e.Message);
        }
    }
}
