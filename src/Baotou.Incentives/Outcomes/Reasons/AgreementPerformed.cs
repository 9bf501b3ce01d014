namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.agreement-performed</c>: the researchers performed the agreement of the use right (履行协议).</summary>
/// <param name="UseRightGrantId">The use right.</param>
public sealed record AgreementPerformed(string UseRightGrantId) : IReason;
