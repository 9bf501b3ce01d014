namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.fiscal-funding</c>: the project received fiscal science and technology funding (获得财政科技经费支持).</summary>
public sealed record FiscalFunding() : IReason;
