namespace Baotou.Incentives.Rules;

/// <summary>The clause of the original text a rule applies. Every rule carries one; a test enforces it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class PolicyClauseAttribute(string clause) : Attribute
{
    /// <summary>The citation, e.g. <c>149号·（八）</c>; one of the constants in <see cref="Clauses"/>.</summary>
    public string Clause { get; } = clause;
}
