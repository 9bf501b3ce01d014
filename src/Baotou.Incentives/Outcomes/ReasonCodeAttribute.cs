namespace Baotou.Incentives.Outcomes;

/// <summary>
/// A reason's code, declared on its record and nowhere else: the JSON discriminator of the record format and the key of the
/// zh and en catalogs. Registration with the serializer and rendering are found from it (<see cref="ReasonTypes"/>).
/// </summary>
/// <param name="code">The code, e.g. <c>basis.net-income</c>: a family (<c>basis</c>, <c>condition</c>, <c>ground</c>,
/// <c>requirement</c>, <c>supersession</c>) and a name. Once recorded, a code never changes.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ReasonCodeAttribute(string code) : Attribute
{
    /// <summary>The code.</summary>
    public string Code { get; } = code;
}
