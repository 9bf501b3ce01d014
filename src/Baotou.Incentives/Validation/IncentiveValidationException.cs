namespace Baotou.Incentives.Validation;

/// <summary>
/// The one exception this library throws for bad input. It lists every problem found, so a caller can fix them all at once;
/// when it is thrown, nothing was evaluated and no partial result exists.
/// </summary>
public class IncentiveValidationException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public IncentiveValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order the input was read.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The input was refused ({problems.Count} {noun}):{Environment.NewLine}" +
               string.Join(Environment.NewLine, problems.Select(p => "- " + p));
    }
}
