using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The national-award sentence names a transfer of the achievement (该成果转让), not a licence or an investment.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Mode">Its mode.</param>
[ReasonCode("condition.national-award-transfer")]
public sealed record NationalAwardTransferOnly(string ContractId, TransformationMode Mode) : IReason;
