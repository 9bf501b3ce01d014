using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The net income (净收入) received under a transfer or licence by the evaluation date: money received less the deductions stated.</summary>
/// <param name="ContractId">The technology contract.</param>
/// <param name="Mode">Transfer or licence.</param>
[ReasonCode("basis.net-income")]
public sealed record NetIncomeOf(string ContractId, TransformationMode Mode) : IReason, IComputedOnContract;
