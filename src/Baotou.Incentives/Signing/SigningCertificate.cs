using System.Security.Cryptography.X509Certificates;

namespace Baotou.Incentives.Signing;

/// <summary>
/// Whether a certificate's key may sign a record (RFC 5280 §4.2.1.3 and §4.2.1.12): its key usage must be present and name
/// digitalSignature, and an extended key usage, where present, must name one of the purposes that sign documents:
/// id-kp-codeSigning (1.3.6.1.5.5.7.3.3), id-kp-emailProtection (1.3.6.1.5.5.7.3.4), id-kp-documentSigning (RFC 9336,
/// 1.3.6.1.5.5.7.3.36), Microsoft's documentSigning (1.3.6.1.4.1.311.10.3.12) or anyExtendedKeyUsage (2.5.29.37.0). A
/// server's certificate (serverAuth alone) does not sign records. Validity dates are not checked: nothing in the library
/// reads a clock, and a record carries no trusted time to check them against.
/// </summary>
internal static class SigningCertificate
{
    private static readonly HashSet<string> SigningPurposes = new(StringComparer.Ordinal)
    {
        "1.3.6.1.5.5.7.3.3",
        "1.3.6.1.5.5.7.3.4",
        "1.3.6.1.5.5.7.3.36",
        "1.3.6.1.4.1.311.10.3.12",
        "2.5.29.37.0",
    };

    /// <summary>Why the certificate's key may not sign a record, or <see langword="null"/> when it may.</summary>
    internal static string? WhyNotForSigning(X509Certificate2 certificate)
    {
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is null)
        {
            return "it has no key usage extension; it must name digitalSignature";
        }

        if ((usage.KeyUsages & X509KeyUsageFlags.DigitalSignature) == 0)
        {
            return "its key usage has no digitalSignature";
        }

        var extended = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        return extended is not null && !extended.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value is { } v && SigningPurposes.Contains(v))
            ? "its extended key usage names none of codeSigning, emailProtection, documentSigning (1.3.6.1.5.5.7.3.36 or 1.3.6.1.4.1.311.10.3.12) or anyExtendedKeyUsage"
            : null;
    }
}
