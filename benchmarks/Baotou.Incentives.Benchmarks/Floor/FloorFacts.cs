namespace Baotou.Incentives.Benchmarks.Floor;

/// <summary>
/// The smallest fact a rule can fire on: a case's subject, with the parameter its rules read bound into it (the cheapest way
/// a rule can read a parameter), and the case it belongs to, so that many cases can share a session.
/// </summary>
internal sealed record FloorSubject(string CaseId, string Id, decimal Amount, decimal Share);

/// <summary>What a firing inserts, as the library's rules insert an outcome.</summary>
internal sealed record FloorOutcome(string CaseId, string Id, decimal Amount);

/// <summary>One firing as the floor's trace records it: which rule, on which case and fact, producing what.</summary>
internal sealed record FloorTraceEntry(string RuleName, string CaseId, string FactId, string Produced);
