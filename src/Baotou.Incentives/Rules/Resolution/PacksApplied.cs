using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// The packs of one evaluation, as the resolution rules read them: each pack's level and whether it changes another decide
/// which principle sets an overlapping grant aside. One per session, inserted by the engine beside the packs themselves.
/// </summary>
/// <remarks>
/// It is not a case fact, an outcome or a pack, so the trace does not list it among a rule's matched facts: the resolution
/// rules match the overlapping entitlements, as they did before pack levels existed, and a decision recorded then keeps its
/// trace. The packs are in the record's own list of packs.
/// </remarks>
internal sealed class PacksApplied(IReadOnlyList<PolicyPack> packs)
{
    internal IReadOnlyList<PolicyPack> Packs { get; } = packs;
}
