namespace Baotou.Incentives.Validation;

/// <summary>One thing wrong with the input: which fact, which field, and why.</summary>
/// <param name="FactType">The kind of fact, e.g. <c>PaymentReceived</c>.</param>
/// <param name="FactId">The fact's id, or <see langword="null"/> when the fact has no usable id.</param>
/// <param name="Field">The field at fault, e.g. <c>Amount</c>.</param>
/// <param name="Reason">Why the value is refused, naming the valid range where there is one.</param>
public sealed record ValidationProblem(string FactType, string? FactId, string Field, string Reason)
{
    /// <summary>The problem as one line, e.g. <c>PaymentReceived 'P1'.Amount: must be greater than 0 yuan; was -5</c>.</summary>
    /// <returns>A line of text for logs and exception messages.</returns>
    public override string ToString() =>
        FactId is null ? $"{FactType}.{Field}: {Reason}" : $"{FactType} '{FactId}'.{Field}: {Reason}";
}
