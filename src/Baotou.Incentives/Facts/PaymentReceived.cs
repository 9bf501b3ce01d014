using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>One instalment of money actually received (到账) under a technology contract.</summary>
/// <param name="Id">The payment's id within the case.</param>
/// <param name="ContractId">The id of the <see cref="TechnologyContract"/> it was paid under.</param>
/// <param name="ReceivedOn">The date the money arrived; money received after the evaluation date does not count.</param>
/// <param name="Amount">The amount received, in yuan, greater than 0.</param>
public sealed record PaymentReceived(string Id, string ContractId, LocalDate ReceivedOn, decimal Amount) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(PaymentReceived));

    /// <summary>The id of the contract it was paid under.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(PaymentReceived), Id, nameof(ContractId));

    /// <summary>The date the money arrived.</summary>
    public LocalDate ReceivedOn { get; } = Guard.Date(ReceivedOn, nameof(PaymentReceived), Id, nameof(ReceivedOn));

    /// <summary>The amount received, in yuan.</summary>
    public decimal Amount { get; } = Guard.PositiveYuan(Amount, nameof(PaymentReceived), Id, nameof(Amount));
}
