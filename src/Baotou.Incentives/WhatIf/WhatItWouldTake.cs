using Baotou.Incentives.Engine;

namespace Baotou.Incentives.WhatIf;

/// <summary>A case's decision and, for each failed condition a number or a date decides, what it would take to meet it.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="Decision">The decision of the case as it is.</param>
/// <param name="Answers">One answer per failed condition that an amount or a date decides, or that no change of facts can meet, in the decision's order of determinations and conditions.</param>
public sealed record WhatItWouldTake(string CaseId, IncentiveDecision Decision, IReadOnlyList<RequiredChange> Answers);
