namespace Baotou.Incentives.Facts;

/// <summary>A fact that belongs to one technology contract of the case, by its id; the validator checks the contract is there.</summary>
internal interface IPartOfContract : ICaseFact
{
    /// <summary>The contract's id.</summary>
    string ContractId { get; }
}
