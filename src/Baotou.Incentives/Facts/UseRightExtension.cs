using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>A request to extend a long-term use right, with the three findings 149号·（二） makes it depend on.</summary>
/// <param name="Id">The request's id within the case.</param>
/// <param name="UseRightGrantId">The id of the <see cref="UseRightGrant"/> to extend.</param>
/// <param name="RequestedOn">The date of the request: the event a policy covers.</param>
/// <param name="AgreementPerformed">Whether the researchers performed the agreement (科研人员履行协议).</param>
/// <param name="PositiveProgress">Whether the transformation made positive progress (科技成果转化取得积极进展).</param>
/// <param name="GoodIncome">Whether income has been good (收益情况良好).</param>
public sealed record UseRightExtension(
    string Id,
    string UseRightGrantId,
    LocalDate RequestedOn,
    bool AgreementPerformed,
    bool PositiveProgress,
    bool GoodIncome) : ICaseFact, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(UseRightExtension));

    /// <summary>The id of the use right to extend.</summary>
    public string UseRightGrantId { get; } = Guard.Reference(UseRightGrantId, nameof(UseRightExtension), Id, nameof(UseRightGrantId));

    /// <summary>The date of the request.</summary>
    public LocalDate RequestedOn { get; } = Guard.Date(RequestedOn, nameof(UseRightExtension), Id, nameof(RequestedOn));

    /// <summary>Whether the researchers performed the agreement.</summary>
    public bool AgreementPerformed { get; } = AgreementPerformed;

    /// <summary>Whether the transformation made positive progress.</summary>
    public bool PositiveProgress { get; } = PositiveProgress;

    /// <summary>Whether income has been good.</summary>
    public bool GoodIncome { get; } = GoodIncome;

    LocalDate IDatedEvent.EventDate => RequestedOn;
}
