namespace Baotou.Incentives.Outcomes;

/// <summary>
/// Why an outcome is what it is, as a reason code with typed arguments (amounts, rates, dates, fact ids): never a sentence.
/// The code is the JSON discriminator (<c>{"code": "basis.net-income", "contractId": "C1", "mode": "Transfer"}</c>) and the key
/// of the zh and en catalogs, which are the only place its words live. One sealed record per code, under <c>Outcomes/Reasons/</c>,
/// declares its code with <see cref="ReasonCodeAttribute"/>; the serializer's registration and the rendering are found from it.
/// </summary>
public interface IReason
{
}
