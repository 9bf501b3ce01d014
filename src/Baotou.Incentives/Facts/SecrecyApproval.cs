using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>An approval under the science and technology secrecy rules (依法依规进行审批) to empower researchers over a classified achievement.</summary>
/// <param name="Id">The approval's id within the case.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> approved.</param>
/// <param name="ApprovedOn">The date of the approval: empowerment arranged before it stays blocked.</param>
/// <param name="Authority">Who approved, e.g. 市保密局.</param>
public sealed record SecrecyApproval(string Id, string AchievementId, LocalDate ApprovedOn, string Authority) : ICaseFact, IPartOfAchievement
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(SecrecyApproval));

    /// <summary>The id of the achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(SecrecyApproval), Id, nameof(AchievementId));

    /// <summary>The date of the approval.</summary>
    public LocalDate ApprovedOn { get; } = Guard.Date(ApprovedOn, nameof(SecrecyApproval), Id, nameof(ApprovedOn));

    /// <summary>Who approved.</summary>
    public string Authority { get; } = Guard.Text(Authority, nameof(SecrecyApproval), Id, nameof(Authority));
}
