namespace Baotou.Incentives.Signing;

/// <summary>What checking a record's signature found.</summary>
/// <param name="Status">Unsigned, valid or invalid.</param>
/// <param name="Signer">For a valid signature, who signed: when <paramref name="Trusted"/>, the signer the <see cref="RecordTrust"/> vouches for; otherwise only a claim, the subject of the certificate the record carries (which anyone can put in a certificate of their own), or <c>key sha256:…</c> (the RFC 7638 thumbprint of the public key) when it carries none. <see langword="null"/> when unsigned or invalid.</param>
/// <param name="Trusted">Whether the signature is valid and made with a key or certificate the <see cref="RecordTrust"/> names (or issued by a certificate it names).</param>
/// <param name="Reason">For an invalid signature, why, in a few words.</param>
public sealed record SignatureCheck(SignatureStatus Status, string? Signer, bool Trusted, string? Reason)
{
    /// <summary>
    /// A few words for a person: <c>signed by … (trusted)</c> only for a signer the trust verified (with, for a certificate,
    /// <c>; certificate validity dates not checked</c>: nothing here reads a clock); otherwise
    /// <c>signature valid, signer not verified (certificate claims …)</c> or <c>(key sha256:…)</c>, never naming a signer as
    /// if verified; <c>signature invalid: …</c>; or <c>unsigned</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public string Describe() => Status switch
    {
        SignatureStatus.Valid when Trusted => IsKey ? $"signed by {Signer} (trusted)" : $"signed by {Signer} (trusted; certificate validity dates not checked)",
        SignatureStatus.Valid => IsKey ? $"signature valid, signer not verified ({Signer})" : $"signature valid, signer not verified (certificate claims {Signer})",
        SignatureStatus.Invalid => $"signature invalid: {Reason}",
        _ => "unsigned",
    };

    private bool IsKey => Signer is null || Signer.StartsWith("key sha256:", StringComparison.Ordinal);
}
