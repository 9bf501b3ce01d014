using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules.Views;

/// <summary>
/// Facts of one case that already name each other by id (a contract, its achievement, the achievement's unit), handed to
/// the rules as one fact. NRules joins have no hash index: a rule that re-joined them would test every contract against
/// every achievement, and each join node costs memory and time in every session. The case validator has already proved
/// the ids resolve, so the engine ties them together once, and a rule matches the view.
/// </summary>
internal interface IFactView
{
    /// <summary>The case facts the view stands for, in the order a rule's trace names them.</summary>
    IEnumerable<ICaseFact> Members { get; }
}
