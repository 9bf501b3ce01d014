using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>
/// A registered technology contract (技术合同登记) that transforms an achievement. The contract amount is what was agreed;
/// money counts only when received (<see cref="PaymentReceived"/>), and equity only when converted (<see cref="EquityConversion"/>).
/// </summary>
/// <param name="Id">The contract's id within the case.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> it transforms.</param>
/// <param name="RegistrationNumber">The registry's number for the contract.</param>
/// <param name="Mode">Transfer, licence or equity investment.</param>
/// <param name="SignedOn">The signing date: the event that decides which policy covers the transformation.</param>
/// <param name="ContractAmount">The contract amount (成交额) in yuan; 0 for a pure equity investment.</param>
/// <param name="LandsInBaotou">Whether the transformation lands in Baotou (在包落地).</param>
public sealed record TechnologyContract(
    string Id,
    string AchievementId,
    string RegistrationNumber,
    TransformationMode Mode,
    LocalDate SignedOn,
    decimal ContractAmount,
    bool LandsInBaotou) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(TechnologyContract));

    /// <summary>The id of the transformed achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(TechnologyContract), Id, nameof(AchievementId));

    /// <summary>The registry's number for the contract.</summary>
    public string RegistrationNumber { get; } = Guard.Text(RegistrationNumber, nameof(TechnologyContract), Id, nameof(RegistrationNumber));

    /// <summary>Transfer, licence or equity investment.</summary>
    public TransformationMode Mode { get; } = Guard.Defined(Mode, nameof(TechnologyContract), Id, nameof(Mode));

    /// <summary>The signing date.</summary>
    public LocalDate SignedOn { get; } = Guard.Date(SignedOn, nameof(TechnologyContract), Id, nameof(SignedOn));

    /// <summary>The contract amount in yuan.</summary>
    public decimal ContractAmount { get; } = Guard.NonNegativeYuan(ContractAmount, nameof(TechnologyContract), Id, nameof(ContractAmount));

    /// <summary>Whether the transformation lands in Baotou.</summary>
    public bool LandsInBaotou { get; } = LandsInBaotou;

    LocalDate IDatedEvent.EventDate => SignedOn;
}
