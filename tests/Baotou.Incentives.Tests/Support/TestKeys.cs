using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Baotou.Incentives.Tests.Support;

/// <summary>Throwaway ECDSA keys and certificates made in the test that uses them; no key is ever committed.</summary>
internal static class TestKeys
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static ECDsa NewP256() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>A self-signed authority certificate for a new P-256 key (CA, key usage digitalSignature and keyCertSign), with the key.</summary>
    internal static X509Certificate2 SelfSigned(string subject, ECDsa? key = null)
    {
        key ??= NewP256();
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, critical: true));
        return request.CreateSelfSigned(From, new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>
    /// A certificate for a new P-256 key issued by <paramref name="issuer"/>, with the key: a leaf (CA:FALSE) with key usage
    /// digitalSignature, or, when <paramref name="extensions"/> is given, with those extensions alone.
    /// </summary>
    internal static X509Certificate2 IssuedBy(X509Certificate2 issuer, string subject, IEnumerable<X509Extension>? extensions = null, DateTimeOffset? notAfter = null)
    {
        var key = NewP256();
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        foreach (var extension in extensions ?? Leaf())
        {
            request.CertificateExtensions.Add(extension);
        }

        using var issued = request.Create(issuer, From, notAfter ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4]);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>A leaf's extensions: CA:FALSE and key usage digitalSignature, with any extended key usages named.</summary>
    internal static X509Extension[] Leaf(X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature, params string[] extendedUsages)
    {
        var extensions = new List<X509Extension>
        {
            new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true),
            new X509KeyUsageExtension(usage, critical: true),
        };
        if (extendedUsages.Length > 0)
        {
            var oids = new OidCollection();
            foreach (var oid in extendedUsages)
            {
                oids.Add(new Oid(oid));
            }

            extensions.Add(new X509EnhancedKeyUsageExtension(oids, critical: false));
        }

        return [.. extensions];
    }

    internal static string PrivateKeyPem(ECDsa key) => key.ExportPkcs8PrivateKeyPem();

    internal static string PublicKeyPem(ECDsa key) => key.ExportSubjectPublicKeyInfoPem();

    internal static string CertificatePem(X509Certificate2 certificate) => certificate.ExportCertificatePem();
}
