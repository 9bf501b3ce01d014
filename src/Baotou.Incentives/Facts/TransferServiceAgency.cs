using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>
/// A technology transfer service agency (技术转移服务机构, 149号·（五）'s second sentence) that served the transformation of an
/// achievement: 支持引进知名高校院所或国内头部的技术转移服务机构在促成科技成果转化过程中积极开展科技咨询、技术评估、技术转移、成果转化、
/// 知识产权创造保护等服务. Not the unit's own technology transfer office (<see cref="TransferOfficeEngagement"/>).
/// </summary>
/// <param name="Id">The engagement's id within the case.</param>
/// <param name="AgencyName">The agency's name.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> whose transformation it served.</param>
/// <param name="AchievedResults">Whether its services achieved results (取得成效).</param>
/// <param name="EngagedOn">The date the agency was engaged: the event a policy covers.</param>
public sealed record TransferServiceAgency(string Id, string AgencyName, string AchievementId, bool AchievedResults, LocalDate EngagedOn) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(TransferServiceAgency));

    /// <summary>The agency's name.</summary>
    public string AgencyName { get; } = Guard.Text(AgencyName, nameof(TransferServiceAgency), Id, nameof(AgencyName));

    /// <summary>The id of the achievement whose transformation it served.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(TransferServiceAgency), Id, nameof(AchievementId));

    /// <summary>Whether its services achieved results (取得成效).</summary>
    public bool AchievedResults { get; } = AchievedResults;

    /// <summary>The date the agency was engaged.</summary>
    public LocalDate EngagedOn { get; } = Guard.Date(EngagedOn, nameof(TransferServiceAgency), Id, nameof(EngagedOn));

    LocalDate IDatedEvent.EventDate => EngagedOn;
}
