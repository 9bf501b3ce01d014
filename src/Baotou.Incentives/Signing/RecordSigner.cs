using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Baotou.Incentives.Records;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Signing;

/// <summary>
/// Signs decision records with an ECDSA P-256 key, optionally with its X.509 certificate, as a JWS with a detached payload
/// over the bytes the record's digest covers (see <see cref="DecisionRecord.Digest"/>). Where a digest shows only that
/// nothing changed by accident, a signature shows who made the record and that nothing changed since.
/// </summary>
public sealed class RecordSigner : IDisposable
{
    private readonly ECDsa _key;
    private readonly X509Certificate2? _certificate;

    private RecordSigner(ECDsa key, X509Certificate2? certificate)
    {
        _key = key;
        _certificate = certificate;
    }

    /// <summary>A signer from a PEM private key (PKCS#8 or SEC1 <c>EC PRIVATE KEY</c>) and, optionally, its PEM certificate.</summary>
    /// <param name="privateKeyPem">The private key's PEM text.</param>
    /// <param name="certificatePem">The certificate's PEM text, or <see langword="null"/>: the record then names the key by its thumbprint.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="IncentiveValidationException">The text holds no ECDSA P-256 private key, or the certificate is not the key's or does not allow signing (key usage digitalSignature and, where present, an extended key usage for signing documents).</exception>
    public static RecordSigner FromPem(string privateKeyPem, string? certificatePem = null)
    {
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(privateKeyPem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw Problem("Key", "must be an ECDSA P-256 private key in PEM (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)");
        }

        X509Certificate2? certificate = null;
        if (certificatePem is not null)
        {
            try
            {
                certificate = X509Certificate2.CreateFromPem(certificatePem);
            }
            catch (CryptographicException)
            {
                key.Dispose();
                throw Problem("Certificate", "must be an X.509 certificate in PEM (BEGIN CERTIFICATE)");
            }
        }

        return Checked(key, certificate);
    }

    /// <summary>A signer from a certificate that holds its ECDSA P-256 private key.</summary>
    /// <param name="certificate">The certificate, with its private key.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="IncentiveValidationException">The certificate holds no ECDSA P-256 private key, or does not allow signing (key usage digitalSignature and, where present, an extended key usage for signing documents).</exception>
    public static RecordSigner FromCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var key = certificate.GetECDsaPrivateKey() ?? throw Problem("Certificate", "must hold an ECDSA P-256 private key");
        return Checked(key, DetachedJws.LoadCertificate(certificate.RawData));
    }

    /// <summary>A signed copy of a record: the same content and digest, with a signature over them.</summary>
    /// <param name="record">The record, as made or read; any signature it had is replaced.</param>
    /// <returns>The signed record.</returns>
    public DecisionRecord Sign(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.WithSignature(DetachedJws.Sign(DecisionRecord.SignedContent(record.Document), _key, _certificate));
    }

    /// <summary>Releases the key.</summary>
    public void Dispose()
    {
        _key.Dispose();
        _certificate?.Dispose();
    }

    private static RecordSigner Checked(ECDsa key, X509Certificate2? certificate)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (key.KeySize != 256 || parameters.Curve.Oid.FriendlyName is not ("nistP256" or "ECDSA_P256") && parameters.Curve.Oid.Value != "1.2.840.10045.3.1.7")
        {
            key.Dispose();
            throw Problem("Key", $"must be an ECDSA P-256 key; was {key.KeySize} bits");
        }

        if (certificate is not null && DetachedJws.Thumbprint(certificate) != DetachedJws.Thumbprint(parameters))
        {
            key.Dispose();
            throw Problem("Certificate", "must be the certificate of the signing key; it holds another key");
        }

        if (certificate is not null && SigningCertificate.WhyNotForSigning(certificate) is { } why)
        {
            key.Dispose();
            certificate.Dispose();
            throw Problem("Certificate", "must allow signing: " + why);
        }

        return new RecordSigner(key, certificate);
    }

    private static IncentiveValidationException Problem(string field, string reason) =>
        new([new ValidationProblem(nameof(RecordSigner), null, field, reason)]);
}
