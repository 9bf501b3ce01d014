namespace Baotou.Incentives.Tracing;

/// <summary>A fact a rule matched, named by its kind and id.</summary>
/// <param name="Type">The fact's kind, e.g. <c>TechnologyContract</c>.</param>
/// <param name="Id">The fact's id.</param>
public sealed record FactReference(string Type, string Id)
{
    /// <summary>The reference as <c>Type:Id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type}:{Id}";
}
