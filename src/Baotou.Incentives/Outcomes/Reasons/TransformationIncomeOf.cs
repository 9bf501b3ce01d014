using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The transformation income (成果转化收益) of a contract on which a technology transfer office's staff are rewarded, net or gross as the pack reads it.</summary>
/// <param name="ContractId">The technology contract.</param>
/// <param name="Income">Whether the income is read as net or gross.</param>
/// <param name="OfficeName">The technology transfer office that undertook the transformation.</param>
[ReasonCode("basis.transformation-income")]
public sealed record TransformationIncomeOf(string ContractId, TransformationIncomeBasis Income, string OfficeName) : IReason, IComputedOnContract;
