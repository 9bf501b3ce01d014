using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>The unit's technology transfer office (技术转移机构) undertook the transformation under a contract.</summary>
/// <param name="Id">The engagement's id within the case.</param>
/// <param name="ContractId">The id of the <see cref="TechnologyContract"/> the office undertook.</param>
/// <param name="OfficeName">The office's name.</param>
public sealed record TransferOfficeEngagement(string Id, string ContractId, string OfficeName) : ICaseFact, IPartOfContract
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(TransferOfficeEngagement));

    /// <summary>The id of the contract the office undertook.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(TransferOfficeEngagement), Id, nameof(ContractId));

    /// <summary>The office's name.</summary>
    public string OfficeName { get; } = Guard.Text(OfficeName, nameof(TransferOfficeEngagement), Id, nameof(OfficeName));
}
