namespace Baotou.Incentives.Outcomes;

/// <summary>How a reason's argument is shown, where its CLR type is ambiguous (a rate and an amount are both decimals).</summary>
/// <param name="kind">The kind of value the argument is.</param>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class ShownAsAttribute(ArgumentKind kind) : Attribute
{
    /// <summary>The kind of value the argument is.</summary>
    public ArgumentKind Kind { get; } = kind;
}
