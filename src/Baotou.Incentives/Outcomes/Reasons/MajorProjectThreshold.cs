namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The basis of （七） reaches the major-project threshold (200 万元以上 includes the number).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="BasisKind">Money received or the equity conversion amount.</param>
/// <param name="Basis">The basis in yuan.</param>
/// <param name="Threshold">The threshold in yuan.</param>
[ReasonCode("condition.major-project-threshold")]
public sealed record MajorProjectThreshold(string ContractId, MajorProjectBasisKind BasisKind, decimal Basis, decimal Threshold) : IReason;
