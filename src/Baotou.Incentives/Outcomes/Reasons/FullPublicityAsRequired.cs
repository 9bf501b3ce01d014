namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// Under the wider reading of 按规定公示拟交易价格
/// (<see cref="Policy.ExemptionPublicityReading.NameSummaryAndPriceInTime"/>), the name, summary and proposed price were all
/// published before the contract was signed, as （十）requires.
/// </summary>
/// <param name="ContractId">The contract.</param>
[ReasonCode("condition.full-publicity-as-required")]
public sealed record FullPublicityAsRequired(string ContractId) : IReason;
