namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.open-to-public</c>: the platform is open to the public (面向社会开放).</summary>
public sealed record OpenToPublic() : IReason;
