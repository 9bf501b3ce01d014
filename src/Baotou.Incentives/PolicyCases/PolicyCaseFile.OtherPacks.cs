using Baotou.Incentives.Policy;

namespace Baotou.Incentives.PolicyCases;

// Verifying under packs given beside the case (the command-line tool's `verify --pack FILE`). (The type's one <summary> is in PolicyCaseFile.cs.)
public sealed partial class PolicyCaseFile
{
    /// <summary>
    /// Evaluates the case under <paramref name="packs"/> instead of <see cref="Packs"/> (e.g. its own packs and pack files
    /// given beside it) and checks every expectation, stopping at the first that does not hold.
    /// </summary>
    /// <param name="packs">The packs to apply, each id once.</param>
    /// <returns>Pass, or fail with the first difference.</returns>
    /// <exception cref="Validation.IncentiveValidationException">Two packs have one id.</exception>
    public PolicyCaseResult Verify(IEnumerable<PolicyPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        return Verify(packs.ToArray(), evaluate: null);
    }
}
