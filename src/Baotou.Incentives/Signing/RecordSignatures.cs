using Baotou.Incentives.Records;

namespace Baotou.Incentives.Signing;

/// <summary>
/// Checking a record's signature. It sits here, above the record, because a record knows only that it may carry a
/// signature; what makes one hold is signing's business (docs/ARCHITECTURE.md: an arrow never runs back).
/// </summary>
public static class RecordSignatures
{
    /// <summary>
    /// Checks the record's signature, if any, over the bytes the digest covers: whether it holds and who it claims signed (the
    /// certificate's subject, or the key's thumbprint). Only with <paramref name="trust"/> is a signer verified: then the
    /// signer named is the one the trust vouches for.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="trust">The keys and certificates to trust, or <see langword="null"/> to report the signer only.</param>
    /// <returns>Unsigned, valid (with the signer) or invalid (with why).</returns>
    public static SignatureCheck CheckSignature(this DecisionRecord record, RecordTrust? trust = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Document.Signature is not { } signature)
        {
            return new SignatureCheck(SignatureStatus.Unsigned, null, false, null);
        }

        var (status, key, certificate, reason) = DetachedJws.Verify(signature, DecisionRecord.SignedContent(record.Document));
        using (certificate)
        {
            if (status != SignatureStatus.Valid || key is not { } k)
            {
                return new SignatureCheck(status, null, false, reason);
            }

            // Without a trust that vouches for it, the signer is only what the signature claims: the certificate's subject or the key.
            var verified = trust?.Verified(k, certificate);
            var claimed = certificate?.Subject is { Length: > 0 } subject ? subject : "key " + DetachedJws.Thumbprint(k);
            return new SignatureCheck(status, verified ?? claimed, verified is not null, null);
        }
    }
}
