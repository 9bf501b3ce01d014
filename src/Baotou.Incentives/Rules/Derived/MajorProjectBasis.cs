using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>The basis of 149号·（七）for one contract: money received under it, or the equity conversion amount.</summary>
internal sealed record MajorProjectBasis(string ContractId, string UnitId, decimal Amount, string Source) : ICaseFact
{
    public string ContractId { get; } = ContractId;

    public string UnitId { get; } = UnitId;

    public decimal Amount { get; } = Amount;

    public string Source { get; } = Source;

    public string Id => "major-project-basis:" + ContractId;
}
