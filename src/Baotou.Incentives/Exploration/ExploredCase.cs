using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>One case an exploration checks: the case, its evaluation date, the pack set (an index into the grid's), and what it touches.</summary>
/// <param name="Case">The case.</param>
/// <param name="EvaluationDate">The date it is evaluated on.</param>
/// <param name="PackSet">Which of the grid's pack sets it is evaluated under.</param>
/// <param name="Touched">The dimension values and the boundary it touches, for the summary.</param>
internal sealed record ExploredCase(IncentiveCase Case, LocalDate EvaluationDate, int PackSet, IReadOnlyList<string> Touched);
