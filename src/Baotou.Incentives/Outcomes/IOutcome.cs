namespace Baotou.Incentives.Outcomes;

/// <summary>Something a rule concluded: an entitlement, a determination, an obligation or a supersession.</summary>
public interface IOutcome
{
    /// <summary>The outcome's id, stable for the same input: the producing rule's id and the fact it concerns.</summary>
    string Id { get; }

    /// <summary>The id of the rule that produced it.</summary>
    string RuleId { get; }

    /// <summary>The clause the rule applies, e.g. <c>149号·（八）</c>.</summary>
    string Clause { get; }
}
