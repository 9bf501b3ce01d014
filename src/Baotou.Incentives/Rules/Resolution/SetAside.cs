using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>One entitlement set aside in favour of another, and the principle that decided.</summary>
internal sealed record SetAside(Entitlement Superseded, Entitlement Governing, ResolutionPrinciple Principle);
