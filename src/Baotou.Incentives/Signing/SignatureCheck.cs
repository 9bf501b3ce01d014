namespace Baotou.Incentives.Signing;

/// <summary>What checking a record's signature found.</summary>
/// <param name="Status">Unsigned, valid or invalid.</param>
/// <param name="Signer">Who signed: the certificate's subject, or <c>key sha256:…</c> (the RFC 7638 thumbprint of the public key) when the signer gave no certificate; <see langword="null"/> when unsigned or unreadable.</param>
/// <param name="Trusted">Whether the signature is valid and made with a key or certificate the <see cref="RecordTrust"/> names (or issued by a certificate it names).</param>
/// <param name="Reason">For an invalid signature, why, in a few words.</param>
public sealed record SignatureCheck(SignatureStatus Status, string? Signer, bool Trusted, string? Reason)
{
    /// <summary>A few words for a person: <c>signed by …</c>, <c>signature invalid: …</c> or <c>unsigned</c>, and whether trusted.</summary>
    /// <returns>The text.</returns>
    public string Describe() => Status switch
    {
        SignatureStatus.Valid => $"signed by {Signer}{(Trusted ? " (trusted)" : string.Empty)}",
        SignatureStatus.Invalid => $"signature invalid: {Reason}",
        _ => "unsigned",
    };
}
