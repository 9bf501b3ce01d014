namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The platform is open to the public (面向社会开放).</summary>
[ReasonCode("condition.open-to-public")]
public sealed record OpenToPublic() : IReason;
