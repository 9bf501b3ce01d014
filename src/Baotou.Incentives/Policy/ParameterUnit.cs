namespace Baotou.Incentives.Policy;

/// <summary>What a policy parameter's number measures.</summary>
public enum ParameterUnit
{
    /// <summary>A fraction of one: 0.8 is 80%.</summary>
    Rate = 1,

    /// <summary>An amount in yuan.</summary>
    Yuan = 2,

    /// <summary>A whole number of years.</summary>
    Years = 3,
}
