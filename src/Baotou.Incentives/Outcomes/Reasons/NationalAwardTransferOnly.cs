using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.national-award-transfer</c>: the national-award sentence names a transfer of the achievement (该成果转让), not a licence or an investment.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Mode">Its mode.</param>
public sealed record NationalAwardTransferOnly(string ContractId, TransformationMode Mode) : IReason;
