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

/// <summary>A subject whose rules read their parameter from a pack, by the date of the subject's event, as the library's rules do.</summary>
internal sealed record FloorDatedSubject(string CaseId, string Id, decimal Amount, NodaTime.LocalDate SignedOn);

/// <summary>A pack with one dated value per parameter: the least a rule joins to read its parameter.</summary>
internal sealed record FloorPack(string Id, NodaTime.LocalDate EffectiveFrom, decimal Share)
{
    internal bool Drives(int parameter) => parameter >= 0;

    internal bool IsInForceOn(NodaTime.LocalDate date) => date >= EffectiveFrom;

    internal FloorReading Read(int parameter, NodaTime.LocalDate date) => new(parameter, Share, EffectiveFrom, date);
}

/// <summary>A parameter's value as a rule read it, with its dates, as the trace lists it.</summary>
internal sealed record FloorReading(int Parameter, decimal Value, NodaTime.LocalDate ValidFrom, NodaTime.LocalDate ReadOn);
