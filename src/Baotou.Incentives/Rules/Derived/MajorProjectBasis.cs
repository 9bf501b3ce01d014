using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>The basis of 149号·（七）for one contract: money received under it, or the equity conversion amount.</summary>
internal sealed record MajorProjectBasis(string ContractId, string UnitId, decimal Amount, MajorProjectBasisKind Kind) : ICaseFact
{
    public string ContractId { get; } = ContractId;

    public string UnitId { get; } = UnitId;

    public decimal Amount { get; } = Amount;

    public MajorProjectBasisKind Kind { get; } = Kind;

    public string Id => IdPrefix + ContractId;

    /// <summary>What a basis's id starts with, before its contract's id: <c>major-project-basis:C-1</c>.</summary>
    internal const string IdPrefix = "major-project-basis:";

    /// <summary>What the basis is, as the reason an entitlement on it names.</summary>
    public IReason Reason => Kind == MajorProjectBasisKind.MoneyReceived ? new MoneyReceivedUnder(ContractId) : new EquityConversionAmountOf(ContractId);
}
