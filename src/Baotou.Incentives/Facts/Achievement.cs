using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>A service achievement (职务科技成果) of a unit, and the team that completed it.</summary>
/// <param name="Id">The achievement's id within the case.</param>
/// <param name="UnitId">The id of the <see cref="Unit"/> that owns it.</param>
/// <param name="Title">The achievement's title.</param>
/// <param name="CompletingTeam">The completing person or team (成果完成人/团队).</param>
/// <param name="HasNationalScienceAward">Whether it won a national science and technology award (国家科学技术奖).</param>
public sealed record Achievement(string Id, string UnitId, string Title, string CompletingTeam, bool HasNationalScienceAward) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(Achievement));

    /// <summary>The id of the owning unit.</summary>
    public string UnitId { get; } = Guard.Reference(UnitId, nameof(Achievement), Id, nameof(UnitId));

    /// <summary>The achievement's title.</summary>
    public string Title { get; } = Guard.Text(Title, nameof(Achievement), Id, nameof(Title));

    /// <summary>The completing person or team.</summary>
    public string CompletingTeam { get; } = Guard.Text(CompletingTeam, nameof(Achievement), Id, nameof(CompletingTeam));

    /// <summary>Whether it won a national science and technology award.</summary>
    public bool HasNationalScienceAward { get; } = HasNationalScienceAward;
}
