using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Exploration.Mutation;

/// <summary>One wrong reading of a pack: a parameter one step off, its date one day off, or a reading switch flipped.</summary>
/// <param name="PackId">The pack changed.</param>
/// <param name="Clause">The clause whose number, date or reading it changes, e.g. <c>149号·（八）</c>.</param>
/// <param name="Change">What it changes, e.g. <c>149.8.transfer-licence-net-income-share 0.80 → 0.81</c>.</param>
/// <param name="Apply">Makes the mutant from the pack (the case's own copy of it).</param>
public sealed record Mutant(string PackId, string Clause, string Change, Func<PolicyPack, PolicyPack> Apply);
