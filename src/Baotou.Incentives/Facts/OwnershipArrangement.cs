using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>An arrangement giving researchers ownership of a service achievement (赋予科研人员职务科技成果所有权, 149号·（一）).</summary>
/// <param name="Id">The arrangement's id within the case.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> whose ownership is arranged.</param>
/// <param name="Kind">Co-ownership, or transfer of the unit's share to the team.</param>
/// <param name="ArrangedOn">The date the arrangement was made: the event a policy covers.</param>
/// <param name="HasSignedWrittenAgreement">Whether the unit and the completing team signed a written agreement (签署书面协议).</param>
/// <param name="AgreementDefinesTransformationRights">Whether that agreement makes the transformation rights and interests clear (明确科技成果转化权益).</param>
/// <param name="UnitShare">The unit's share of ownership after the arrangement, as a fraction (0 to 1).</param>
/// <param name="TeamShare">The completing team's share of ownership after the arrangement, as a fraction (0 to 1).</param>
public sealed record OwnershipArrangement(
    string Id,
    string AchievementId,
    OwnershipArrangementKind Kind,
    LocalDate ArrangedOn,
    bool HasSignedWrittenAgreement,
    bool AgreementDefinesTransformationRights,
    decimal UnitShare,
    decimal TeamShare) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(OwnershipArrangement));

    /// <summary>The id of the achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(OwnershipArrangement), Id, nameof(AchievementId));

    /// <summary>Co-ownership, or transfer of the unit's share.</summary>
    public OwnershipArrangementKind Kind { get; } = Guard.Defined(Kind, nameof(OwnershipArrangement), Id, nameof(Kind));

    /// <summary>The date the arrangement was made.</summary>
    public LocalDate ArrangedOn { get; } = Guard.Date(ArrangedOn, nameof(OwnershipArrangement), Id, nameof(ArrangedOn));

    /// <summary>Whether a written agreement was signed.</summary>
    public bool HasSignedWrittenAgreement { get; } = HasSignedWrittenAgreement;

    /// <summary>Whether the agreement makes the transformation rights and interests clear.</summary>
    public bool AgreementDefinesTransformationRights { get; } = AgreementDefinesTransformationRights;

    /// <summary>The unit's share of ownership, as a fraction.</summary>
    public decimal UnitShare { get; } = Guard.Share(UnitShare, nameof(OwnershipArrangement), Id, nameof(UnitShare));

    /// <summary>The team's share of ownership, as a fraction.</summary>
    public decimal TeamShare { get; } = Guard.Share(TeamShare, nameof(OwnershipArrangement), Id, nameof(TeamShare));

    LocalDate IDatedEvent.EventDate => ArrangedOn;
}
