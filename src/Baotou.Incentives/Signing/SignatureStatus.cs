namespace Baotou.Incentives.Signing;

/// <summary>Whether a decision record carries a signature, and whether it holds.</summary>
public enum SignatureStatus
{
    /// <summary>The record carries no signature: only its digest, which anyone can recompute.</summary>
    Unsigned = 0,

    /// <summary>The signature holds: the holder of the key made the record, and nothing in it changed since.</summary>
    Valid = 1,

    /// <summary>The signature does not hold: the record changed after it was signed, or the signature is malformed.</summary>
    Invalid = 2,
}
