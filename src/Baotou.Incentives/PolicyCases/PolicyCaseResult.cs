namespace Baotou.Incentives.PolicyCases;

/// <summary>Whether a policy case's expectations hold.</summary>
/// <param name="Name">The case's name.</param>
/// <param name="Clause">The clause it exercises.</param>
/// <param name="Passed">Whether every expectation holds.</param>
/// <param name="FirstDifference">For a failed case, the first expectation that does not hold, with what was found instead.</param>
public sealed record PolicyCaseResult(string Name, string Clause, bool Passed, string? FirstDifference);
