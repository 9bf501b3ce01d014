namespace Baotou.Incentives.Outcomes;

/// <summary>Where an obligation stands on the facts given.</summary>
public enum ObligationState
{
    /// <summary>The unit must still do it.</summary>
    Outstanding = 1,

    /// <summary>The facts show it done, in time.</summary>
    Fulfilled = 2,

    /// <summary>The facts show it not done, or done too late.</summary>
    Breached = 3,
}
