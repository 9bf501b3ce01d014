namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A fiscal year's operating profit (营业利润) of a self-implementation, and where the year falls in the profit years.</summary>
/// <param name="SelfImplementationId">The self-implementation.</param>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="ProfitYear">Its ordinal among the profit years, from 1.</param>
/// <param name="FirstYear">The first profit year.</param>
/// <param name="LastYear">The last profit year.</param>
[ReasonCode("basis.operating-profit")]
public sealed record OperatingProfitOf(string SelfImplementationId, int FiscalYear, int ProfitYear, int FirstYear, int LastYear) : IReason;
