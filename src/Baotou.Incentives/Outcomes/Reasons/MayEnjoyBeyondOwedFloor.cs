namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// A share the beneficiary may enjoy (可享有) and an owed minimum (应不低于) of the same
/// income both stand. The owed floor must be paid; the permission says the beneficiary may enjoy more. Neither sets the other
/// aside and the two are never added. The finding's subject is the permission; the owed grant is the one of the same income
/// and beneficiary that governs, named by its clause and amount.
/// </summary>
/// <param name="PermissionAmount">Its minimum, in yuan.</param>
/// <param name="PermissionRate">Its rate.</param>
/// <param name="OwedAmount">The owed minimum, in yuan.</param>
/// <param name="OwedRate">Its rate.</param>
/// <param name="OwedClause">The clause that owes it, e.g. <c>149号·（八）</c>.</param>
[ReasonCode("condition.may-enjoy-beyond-owed-floor")]
public sealed record MayEnjoyBeyondOwedFloor(
    decimal PermissionAmount, [ShownAs(ArgumentKind.Rate)] decimal PermissionRate, decimal OwedAmount, [ShownAs(ArgumentKind.Rate)] decimal OwedRate, [ShownAs(ArgumentKind.ClauseName)] string OwedClause) : IReason;
