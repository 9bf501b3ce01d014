using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Validation;
using Baotou.Incentives.WhatIf;
using NodaTime;

namespace Baotou.Incentives.Engine;

// What-if questions: the same cases under a changed copy of one of the engine's packs. (The type's one <summary> is in IncentiveEngine.cs; a partial declaration documents its members only.)
public sealed partial class IncentiveEngine
{
    /// <summary>
    /// Decides a case under the engine's packs and again with <paramref name="changedPack"/> in place of the pack of the same
    /// id, and lists every outcome that moved. Make the changed pack with <see cref="PolicyPack.WithValue"/> or
    /// <see cref="PolicyPack.WithAmendment"/>; neither the engine nor its packs are modified.
    /// </summary>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on.</param>
    /// <param name="changedPack">A changed copy of one of <see cref="Packs"/> (same id).</param>
    /// <returns>Both decisions and the outcomes that moved.</returns>
    /// <exception cref="IncentiveValidationException">The case is invalid, or no pack of the engine has the changed pack's id.</exception>
    public WhatIfComparison WhatIf(IncentiveCase incentiveCase, LocalDate evaluationDate, PolicyPack changedPack)
    {
        ArgumentNullException.ThrowIfNull(incentiveCase);
        return Compare(incentiveCase, evaluationDate, WithChanged(changedPack));
    }

    /// <summary>Asks the same what-if of many cases: each is decided under the packs as they are and under the changed pack.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="evaluationDate">The date to evaluate every case on.</param>
    /// <param name="changedPack">A changed copy of one of <see cref="Packs"/> (same id).</param>
    /// <returns>One comparison per case, in input order.</returns>
    /// <exception cref="IncentiveValidationException">A case is invalid (nothing is returned), or no pack of the engine has the changed pack's id.</exception>
    public IReadOnlyList<WhatIfComparison> WhatIf(IEnumerable<IncentiveCase> cases, LocalDate evaluationDate, PolicyPack changedPack)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var changed = WithChanged(changedPack);
        return cases.Select(c => Compare(c ?? throw new ArgumentNullException(nameof(cases)), evaluationDate, changed)).ToArray();
    }

    private IncentiveEngine WithChanged(PolicyPack changedPack)
    {
        ArgumentNullException.ThrowIfNull(changedPack);
        if (!Packs.Any(p => p.Id == changedPack.Id))
        {
            throw new IncentiveValidationException([new ValidationProblem(nameof(PolicyPack), changedPack.Id, "Id",
                $"must be the id of one of the engine's packs ({string.Join(", ", Packs.Select(p => p.Id))}): a what-if changes a pack, it does not add one")]);
        }

        return new IncentiveEngine(Packs.Select(p => p.Id == changedPack.Id ? changedPack : p));
    }

    private WhatIfComparison Compare(IncentiveCase incentiveCase, LocalDate evaluationDate, IncentiveEngine changed)
    {
        var before = Evaluate(incentiveCase, evaluationDate);
        var after = changed.Evaluate(incentiveCase, evaluationDate);
        return new WhatIfComparison(incentiveCase.Id, before, after, DecisionDifference.Between(before, after));
    }
}
