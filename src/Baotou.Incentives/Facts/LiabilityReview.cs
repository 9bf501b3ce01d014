using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>
/// The findings on a transformation's decision-makers that 149号·（十一） makes exemption depend on (容错免责): the unit's
/// principal officers and the project department, for one contract. Whether the price was published beforehand is not a
/// finding here: it follows from the contract's <see cref="TransactionPublicity"/>.
/// </summary>
/// <param name="Id">The review's id within the case.</param>
/// <param name="ContractId">The id of the <see cref="TechnologyContract"/> reviewed.</param>
/// <param name="Reviewed">Who is reviewed, e.g. 主要负责人 or 科技计划项目实施部门.</param>
/// <param name="Diligent">Whether they fulfilled the duty of diligence (履行勤勉尽职义务).</param>
/// <param name="DemocraticDecision">Whether the decision was made democratically as required (严格执行民主决策).</param>
/// <param name="NoIllegalGain">Whether they sought no illegal gain (未牟取非法利益).</param>
public sealed record LiabilityReview(string Id, string ContractId, string Reviewed, bool Diligent, bool DemocraticDecision, bool NoIllegalGain) : ICaseFact, IPartOfContract
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(LiabilityReview));

    /// <summary>The id of the contract.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(LiabilityReview), Id, nameof(ContractId));

    /// <summary>Who is reviewed.</summary>
    public string Reviewed { get; } = Guard.Text(Reviewed, nameof(LiabilityReview), Id, nameof(Reviewed));

    /// <summary>Whether they fulfilled the duty of diligence.</summary>
    public bool Diligent { get; } = Diligent;

    /// <summary>Whether the decision was made democratically.</summary>
    public bool DemocraticDecision { get; } = DemocraticDecision;

    /// <summary>Whether they sought no illegal gain.</summary>
    public bool NoIllegalGain { get; } = NoIllegalGain;
}
