using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>
/// How a contract's price was set and what the unit published about it on its internal website beforehand (交易公示,
/// 149号·（十）). The transaction is the contract's signing.
/// </summary>
/// <param name="Id">The record's id within the case.</param>
/// <param name="ContractId">The id of the <see cref="TechnologyContract"/> whose transaction was published.</param>
/// <param name="Method">How the price was set.</param>
/// <param name="PublishedOn">The date the publication went up on the unit's internal website; <see langword="null"/> when nothing was published.</param>
/// <param name="NamePublished">Whether the publication gave the achievement's name (科技成果名称).</param>
/// <param name="SummaryPublished">Whether it gave a summary (简介).</param>
/// <param name="ProposedPricePublished">Whether it gave the proposed price (拟交易价格).</param>
public sealed record TransactionPublicity(
    string Id,
    string ContractId,
    PricingMethod Method,
    LocalDate? PublishedOn,
    bool NamePublished,
    bool SummaryPublished,
    bool ProposedPricePublished) : ICaseFact, IPartOfContract
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(TransactionPublicity));

    /// <summary>The id of the contract.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(TransactionPublicity), Id, nameof(ContractId));

    /// <summary>How the price was set.</summary>
    public PricingMethod Method { get; } = Guard.Defined(Method, nameof(TransactionPublicity), Id, nameof(Method));

    /// <summary>The date of publication, if any.</summary>
    public LocalDate? PublishedOn { get; } = PublishedOn is { } date ? Guard.Date(date, nameof(TransactionPublicity), Id, nameof(PublishedOn)) : null;

    /// <summary>Whether the achievement's name was published.</summary>
    public bool NamePublished { get; } = NamePublished;

    /// <summary>Whether a summary was published.</summary>
    public bool SummaryPublished { get; } = SummaryPublished;

    /// <summary>Whether the proposed price was published.</summary>
    public bool ProposedPricePublished { get; } = ProposedPricePublished;
}
