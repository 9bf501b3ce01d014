using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The commissioner takes part in a key stage of the project (可行性研究、应用转化、实施管理等关键环节).</summary>
/// <param name="CommissionerName">The commissioner.</param>
/// <param name="Role">The stage they take part in.</param>
[ReasonCode("condition.took-part-in-key-stage")]
public sealed record TookPartInKeyStage(string CommissionerName, CommissionerRole Role) : IReason;
