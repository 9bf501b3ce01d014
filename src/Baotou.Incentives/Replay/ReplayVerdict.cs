namespace Baotou.Incentives.Replay;

/// <summary>What replaying a decision record found.</summary>
public enum ReplayVerdict
{
    /// <summary>Evaluating the recorded inputs again gives the recorded outcomes and trace.</summary>
    Reproduced = 0,

    /// <summary>The outcomes or the trace differ; the first difference is named.</summary>
    Diverged = 1,

    /// <summary>The digest does not match the content: the record was edited after it was written.</summary>
    Tampered = 2,
}
