namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The project received fiscal science and technology funding (获得财政科技经费支持).</summary>
[ReasonCode("condition.fiscal-funding")]
public sealed record FiscalFunding() : IReason;
