using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Baotou.Incentives.Tests.Support;

/// <summary>Throwaway ECDSA keys and certificates made in the test that uses them; no key is ever committed.</summary>
internal static class TestKeys
{
    internal static ECDsa NewP256() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>A self-signed certificate for a new P-256 key, with the key.</summary>
    internal static X509Certificate2 SelfSigned(string subject, ECDsa? key = null)
    {
        key ??= NewP256();
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        return request.CreateSelfSigned(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>A certificate for a new P-256 key issued by <paramref name="issuer"/>, with the key.</summary>
    internal static X509Certificate2 IssuedBy(X509Certificate2 issuer, string subject)
    {
        var key = NewP256();
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        using var issued = request.Create(issuer, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4]);
        return issued.CopyWithPrivateKey(key);
    }

    internal static string PrivateKeyPem(ECDsa key) => key.ExportPkcs8PrivateKeyPem();

    internal static string PublicKeyPem(ECDsa key) => key.ExportSubjectPublicKeyInfoPem();

    internal static string CertificatePem(X509Certificate2 certificate) => certificate.ExportCertificatePem();
}
