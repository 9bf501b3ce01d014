namespace Baotou.Incentives.Benchmarks.Floor;

/// <summary>The smallest facts that let a rule fire: a subject, a pack of parameters and what a firing produces.</summary>
internal sealed record FloorSubject(string Id, decimal Amount);

/// <summary>A pack of one parameter, joined the way every rule of the library joins its pack.</summary>
internal sealed record FloorPack(string Id, decimal Share);

/// <summary>What a firing inserts, as the library's rules insert an outcome.</summary>
internal sealed record FloorOutcome(string Id, decimal Amount);
