namespace Baotou.Incentives.Policy;

/// <summary>
/// What a pack says about its document besides what the rules read: the English title, the issuing body and the pack it
/// succeeds. None of it changes a decision; all of it is part of the pack's definition, so a record carries it.
/// </summary>
internal sealed record PackDescription(string? EnglishTitle, string? IssuedBy, string? EnglishIssuedBy, string? SucceedsPackId)
{
    internal static PackDescription None { get; } = new(null, null, null, null);
}
