namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>ground.profit-years-owed</c>: under 第四十五条（三） the profit years owed in any case are the first of 连续三至五年; later ones depend on the term the unit chose.</summary>
/// <param name="MinimumYears">The years owed in any case.</param>
public sealed record ProfitYearsOwed(decimal MinimumYears) : IReason;
