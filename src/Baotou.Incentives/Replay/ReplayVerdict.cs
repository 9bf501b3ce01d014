namespace Baotou.Incentives.Replay;

/// <summary>What replaying a decision record found.</summary>
public enum ReplayVerdict
{
    /// <summary>Evaluating the recorded inputs again gives the recorded outcomes and trace.</summary>
    Reproduced = 0,

    /// <summary>The outcomes or the trace differ; the first difference is named.</summary>
    Diverged = 1,

    /// <summary>The digest does not match the content, or the signature does not hold: the record was edited after it was written or signed.</summary>
    Tampered = 2,

    /// <summary>A trust was required and the record is unsigned, or signed with a key or certificate the trust does not name; not replayed.</summary>
    Untrusted = 3,
}
