namespace Baotou.Incentives.Outcomes;

/// <summary>
/// A basis computed on one technology contract (its net income, the money received, the equity it formed): what ties an amount
/// to the transformation that contract makes, so that a finding on the act (（十二）blocked until approved) reaches every amount
/// computed on it.
/// </summary>
internal interface IComputedOnContract
{
    /// <summary>The contract the basis is computed on.</summary>
    string ContractId { get; }
}
