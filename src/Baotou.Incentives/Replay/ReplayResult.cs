using Baotou.Incentives.Engine;

namespace Baotou.Incentives.Replay;

/// <summary>The verdict of a replay, the first difference if any, and what changed in the rules and parameters since.</summary>
/// <param name="Verdict">Reproduced, diverged, tampered or untrusted.</param>
/// <param name="FirstDifference">For <see cref="ReplayVerdict.Diverged"/>, the first difference; otherwise <see langword="null"/>.</param>
/// <param name="RuleSetChanged">Whether the rule set's fingerprint differs from the record's (a rule's conditions, arithmetic or the library version changed).</param>
/// <param name="ParameterChanges">Each parameter value that differs from the record's.</param>
/// <param name="Replayed">The decision the rules give now; <see langword="null"/> when the record was tampered with or untrusted and so not replayed.</param>
/// <param name="Signature">The record's signature: unsigned, valid (signed by a verified signer, or with the signer only claimed), or invalid.</param>
public sealed record ReplayResult(
    ReplayVerdict Verdict,
    ReplayDifference? FirstDifference,
    bool RuleSetChanged,
    IReadOnlyList<ParameterChange> ParameterChanges,
    IncentiveDecision? Replayed,
    Signing.SignatureCheck Signature)
{
    /// <summary>One line for a person: the verdict, the difference, what changed, and the signature (<c>unsigned</c>, <c>signed by … (trusted…)</c>, <c>signature valid, signer not verified (…)</c>, <c>signature invalid: …</c>).</summary>
    /// <returns>The summary.</returns>
    public string Summary()
    {
        var parts = new List<string> { Verdict.ToString().ToLowerInvariant() };
        if (FirstDifference is { } d)
        {
            parts.Add($"first difference at {d.Path}{(d.Subject == d.Path ? string.Empty : $" ({d.Subject})")}: recorded {d.Recorded ?? "(absent)"}, now {d.Now ?? "(absent)"}");
        }

        if (RuleSetChanged)
        {
            parts.Add("the rule set changed since the record was made");
        }

        parts.AddRange(ParameterChanges.Select(c =>
            $"parameter {c.Parameter} of {c.PackId} from {c.EffectiveFrom:yyyy-MM-dd} changed: recorded {c.Recorded?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, now {c.Now?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}"));
        parts.Add(Signature.Describe());
        return string.Join("; ", parts);
    }
}
