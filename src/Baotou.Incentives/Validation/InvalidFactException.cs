namespace Baotou.Incentives.Validation;

/// <summary>Thrown by a fact's constructor when one of its values is refused. It carries exactly one problem.</summary>
public sealed class InvalidFactException : IncentiveValidationException
{
    /// <summary>Creates the exception for one refused value.</summary>
    /// <param name="problem">What is wrong.</param>
    public InvalidFactException(ValidationProblem problem)
        : base([problem])
    {
        Problem = problem;
    }

    /// <summary>The refused value's problem.</summary>
    public ValidationProblem Problem { get; }
}
