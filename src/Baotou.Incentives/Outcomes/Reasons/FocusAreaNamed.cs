using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The platform serves an area the measure names.</summary>
/// <param name="PlatformName">The platform.</param>
/// <param name="FocusArea">The area it serves.</param>
[ReasonCode("condition.focus-area-named")]
public sealed record FocusAreaNamed(string PlatformName, PilotFocusArea FocusArea) : IReason;
