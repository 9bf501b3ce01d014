using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Signing;

/// <summary>
/// The keys and certificates whose signatures a replay accepts: a record signed with one of the keys, or with a certificate
/// that is one of the certificates or was issued by one of them (checked as a chain to that certificate alone, with no
/// revocation and no clock: a record carries no time to check a validity period against, so an expired or not yet valid
/// certificate is trusted, and the verdict says its dates were not checked), is trusted. The signing certificate itself
/// must allow signing (key usage digitalSignature and, where present, an extended key usage for signing documents), or
/// the signature is invalid whatever the trust.
/// </summary>
public sealed class RecordTrust
{
    private readonly HashSet<string> _keys;
    private readonly X509Certificate2Collection _certificates;

    private RecordTrust(HashSet<string> keys, X509Certificate2Collection certificates)
    {
        _keys = keys;
        _certificates = certificates;
    }

    /// <summary>Trust from PEM text holding any number of certificates (<c>BEGIN CERTIFICATE</c>) and public keys (<c>BEGIN PUBLIC KEY</c>).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The trust.</returns>
    /// <exception cref="IncentiveValidationException">The text holds no certificate or ECDSA P-256 public key.</exception>
    public static RecordTrust FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var certificates = new X509Certificate2Collection();
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var label = rest[fields.Label].ToString();
            var block = rest[fields.Location].ToString();
            rest = rest[fields.Location.End.Value..];
            try
            {
                if (label == "CERTIFICATE")
                {
                    certificates.Add(X509Certificate2.CreateFromPem(block));
                }
                else if (label == "PUBLIC KEY")
                {
                    using var key = ECDsa.Create();
                    key.ImportFromPem(block);
                    keys.Add(DetachedJws.Thumbprint(key.ExportParameters(false)));
                }
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                throw Problem($"the {label} block is not an X.509 certificate or an ECDSA P-256 public key");
            }
        }

        return keys.Count + certificates.Count > 0
            ? new RecordTrust(keys, certificates)
            : throw Problem("must hold at least one certificate (BEGIN CERTIFICATE) or ECDSA P-256 public key (BEGIN PUBLIC KEY)");
    }

    /// <summary>
    /// Who a signature made with this key (and this certificate, if the record carries one) is verified to come from, or
    /// <see langword="null"/> when the trust does not vouch for it: <c>key sha256:…</c> for a trusted public key, the
    /// trusted certificate's subject for a certificate holding the key (whatever subject the record's own certificate
    /// claims), and the record's certificate's subject when it chains to a trusted certificate.
    /// </summary>
    internal string? Verified(ECParameters key, X509Certificate2? certificate)
    {
        var thumbprint = DetachedJws.Thumbprint(key);
        if (_keys.Contains(thumbprint))
        {
            return "key " + thumbprint;
        }

        if (_certificates.FirstOrDefault(c => DetachedJws.Thumbprint(c) == thumbprint) is { } trusted)
        {
            return trusted.Subject is { Length: > 0 } subject ? subject : "key " + thumbprint;
        }

        if (certificate is null || _certificates.Count == 0)
        {
            return null;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_certificates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid;
        return chain.Build(certificate) ? (certificate.Subject is { Length: > 0 } leaf ? leaf : "key " + thumbprint) : null;
    }

    private static IncentiveValidationException Problem(string reason) =>
        new([new ValidationProblem(nameof(RecordTrust), null, "Pem", reason)]);
}
