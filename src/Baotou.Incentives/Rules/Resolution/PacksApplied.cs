using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// The packs of one engine, as the rules over outcomes read them together (the link between a permission and the owed floor
/// beside it, the amounts pending approval). One per session, inserted by the engine beside the packs themselves.
/// </summary>
/// <remarks>
/// It is not a case fact, an outcome or a pack, so the trace does not list it among a rule's matched facts; the packs are in
/// the record's own list of packs.
/// </remarks>
internal sealed class PacksApplied(IReadOnlyList<PolicyPack> packs)
{
    internal IReadOnlyList<PolicyPack> Packs { get; } = packs;
}
