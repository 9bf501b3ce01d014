using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.focus-area-named</c>: the platform serves an area the measure names.</summary>
/// <param name="PlatformName">The platform.</param>
/// <param name="FocusArea">The area it serves.</param>
public sealed record FocusAreaNamed(string PlatformName, PilotFocusArea FocusArea) : IReason;
