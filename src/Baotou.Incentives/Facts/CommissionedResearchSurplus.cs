using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>The surplus (结余经费) of a commissioned (横向) research project, and what the unit decided to use it for.</summary>
/// <param name="Id">The surplus row's id within the case.</param>
/// <param name="UnitId">The id of the <see cref="Unit"/> that ran the project.</param>
/// <param name="ProjectName">The commissioned project's name.</param>
/// <param name="DecidedOn">The date the use was decided: the event a policy covers.</param>
/// <param name="Amount">The surplus in yuan, greater than 0.</param>
/// <param name="Use">What the surplus is used for.</param>
public sealed record CommissionedResearchSurplus(string Id, string UnitId, string ProjectName, LocalDate DecidedOn, decimal Amount, SurplusUse Use)
    : ICaseFact, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(CommissionedResearchSurplus));

    /// <summary>The id of the unit that ran the project.</summary>
    public string UnitId { get; } = Guard.Reference(UnitId, nameof(CommissionedResearchSurplus), Id, nameof(UnitId));

    /// <summary>The commissioned project's name.</summary>
    public string ProjectName { get; } = Guard.Text(ProjectName, nameof(CommissionedResearchSurplus), Id, nameof(ProjectName));

    /// <summary>The date the use was decided.</summary>
    public LocalDate DecidedOn { get; } = Guard.Date(DecidedOn, nameof(CommissionedResearchSurplus), Id, nameof(DecidedOn));

    /// <summary>The surplus in yuan.</summary>
    public decimal Amount { get; } = Guard.PositiveYuan(Amount, nameof(CommissionedResearchSurplus), Id, nameof(Amount));

    /// <summary>What the surplus is used for.</summary>
    public SurplusUse Use { get; } = Guard.Defined(Use, nameof(CommissionedResearchSurplus), Id, nameof(Use));

    LocalDate IDatedEvent.EventDate => DecidedOn;
}
