namespace Baotou.Incentives.Policy;

/// <summary>A named number a policy sets: a percentage, a threshold or a term. Rules read it; none hard-codes it.</summary>
/// <param name="Key">A stable key, e.g. <c>149.8.transfer-licence-net-income-share</c>.</param>
/// <param name="Unit">What the number measures.</param>
/// <param name="Clause">The clause that sets it, e.g. <c>149号·（八）</c>.</param>
/// <param name="Description">What it is, in a sentence.</param>
public sealed record PolicyParameter(string Key, ParameterUnit Unit, string Clause, string Description)
{
    /// <summary>The parameter's key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
