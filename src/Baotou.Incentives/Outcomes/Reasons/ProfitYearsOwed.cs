namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Under 第四十五条（三） the profit years owed in any case are the first of 连续三至五年; later ones depend on the term the unit chose.</summary>
/// <param name="MinimumYears">The years owed in any case.</param>
[ReasonCode("ground.profit-years-owed")]
public sealed record ProfitYearsOwed([ShownAs(ArgumentKind.Count)] decimal MinimumYears) : IReason;
