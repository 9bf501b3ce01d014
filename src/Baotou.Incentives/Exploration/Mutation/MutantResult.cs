namespace Baotou.Incentives.Exploration.Mutation;

/// <summary>Whether a policy case noticed a mutant: killed by the first case that failed under it, or survived.</summary>
/// <param name="Mutant">The mutant.</param>
/// <param name="KilledBy">The first case (file name) that failed under it, with its first difference; <see langword="null"/> when it survived.</param>
public sealed record MutantResult(Mutant Mutant, string? KilledBy)
{
    /// <summary>Whether some case noticed it.</summary>
    public bool Killed => KilledBy is not null;
}
