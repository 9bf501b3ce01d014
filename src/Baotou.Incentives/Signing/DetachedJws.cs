using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Baotou.Incentives.Signing;

/// <summary>
/// A JSON Web Signature (RFC 7515) with a detached payload (its appendix F): <c>header..signature</c>, both base64url, the
/// payload being the bytes the record's digest covers. ES256 (ECDSA P-256 with SHA-256, the signature as r‖s) by the
/// platform's <see cref="ECDsa"/>. The protected header names the algorithm, carries the public key as a JWK (so any JOSE
/// library can check the signature with nothing but the record), its RFC 7638 thumbprint as <c>kid</c>, and, when the
/// signer has a certificate, the certificate as <c>x5c</c>. The signature is written and read in one encoding only (low-S,
/// canonical unpadded base64url), and the header only as written (no <c>crit</c>, no member it does not understand, a
/// <c>kid</c> that is the key's thumbprint), so that no second spelling of a signature or header verifies. Chosen over COSE_Sign1 because it needs no package beyond the
/// platform on either target framework and a record stays JSON text that an auditor's JOSE tool reads as it is.
/// </summary>
internal static class DetachedJws
{
    internal const string Algorithm = "ES256";

    internal static string Sign(ReadOnlySpan<byte> payload, ECDsa key, X509Certificate2? certificate)
    {
        var header = Base64Url(Header(key.ExportParameters(includePrivateParameters: false), certificate));
        var signature = key.SignData(SigningInput(header, payload), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return header + ".." + Base64Url(LowS.Normalize(signature));
    }

    /// <summary>
    /// Checks a detached JWS over <paramref name="payload"/>; a malformed one is <see cref="SignatureStatus.Invalid"/>, never an
    /// exception. Only the one spelling the signer writes is valid: canonical unpadded base64url, the header as
    /// <see cref="JwsHeader"/> reads it, and the signature in low-S form (<see cref="LowS"/>).
    /// </summary>
    internal static (SignatureStatus Status, ECParameters? Key, X509Certificate2? Certificate, string? Reason) Verify(string jws, ReadOnlySpan<byte> payload)
    {
        try
        {
            var parts = jws.Split('.');
            if (parts.Length != 3 || parts[1].Length != 0)
            {
                return (SignatureStatus.Invalid, null, null, "not a JWS with a detached payload (header..signature)");
            }

            if (!CanonicalBase64.TryFromUrl(parts[0], out var headerBytes))
            {
                return (SignatureStatus.Invalid, null, null, "the header is not canonical base64url (unpadded, URL alphabet, nothing else)");
            }

            if (!CanonicalBase64.TryFromUrl(parts[2], out var signature))
            {
                return (SignatureStatus.Invalid, null, null, "the signature is not canonical base64url (unpadded, URL alphabet, nothing else)");
            }

            var (parameters, certificate, problem) = JwsHeader.Read(headerBytes);
            if (problem is not null)
            {
                return (SignatureStatus.Invalid, null, null, problem);
            }

            var why = signature.Length != 64 ? "the signature is not 64 bytes (r and s of ES256)"
                : !LowS.IsLow(signature) ? "the signature's s is in high form (above half the curve order): only the low-S encoding is accepted"
                : !Matches(parameters, SigningInput(parts[0], payload), signature) ? "the signature does not match the record's content"
                : null;
            if (why is null)
            {
                return (SignatureStatus.Valid, parameters, certificate, null);
            }

            certificate?.Dispose();
            return (SignatureStatus.Invalid, null, null, why);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or CryptographicException or ArgumentException or IndexOutOfRangeException)
        {
            return (SignatureStatus.Invalid, null, null, "the signature is malformed");
        }
    }

    /// <summary>The RFC 7638 thumbprint of a P-256 public key, as <c>sha256:</c> and lower-case hex.</summary>
    internal static string Thumbprint(ECParameters key)
    {
        var canonical = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url(key.Q.X!)}\",\"y\":\"{Base64Url(key.Q.Y!)}\"}}";
        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
    }

    /// <summary>The RFC 7638 thumbprint of the ECDSA key a certificate holds, or <see langword="null"/> when it holds none.</summary>
    internal static string? Thumbprint(X509Certificate2 certificate)
    {
        using var key = certificate.GetECDsaPublicKey();
        return key is null ? null : Thumbprint(key.ExportParameters(false));
    }

    internal static X509Certificate2 LoadCertificate(byte[] der) =>
#if NET9_0_OR_GREATER
        X509CertificateLoader.LoadCertificate(der);
#else
        new(der);
#endif

    private static byte[] Header(ECParameters key, X509Certificate2? certificate)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", Algorithm);
            writer.WriteString("kid", Thumbprint(key));
            writer.WriteStartObject("jwk");
            writer.WriteString("kty", "EC");
            writer.WriteString("crv", "P-256");
            writer.WriteString("x", Base64Url(key.Q.X!));
            writer.WriteString("y", Base64Url(key.Q.Y!));
            writer.WriteEndObject();
            if (certificate is not null)
            {
                writer.WriteStartArray("x5c");
                writer.WriteStringValue(Convert.ToBase64String(certificate.RawData));
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static bool Matches(ECParameters key, byte[] signingInput, byte[] signature)
    {
        using var verifier = ECDsa.Create(key);
        return verifier.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private static byte[] SigningInput(string header, ReadOnlySpan<byte> payload) =>
        Encoding.ASCII.GetBytes(header + "." + Base64Url(payload));

    private static string Base64Url(ReadOnlySpan<byte> bytes) => CanonicalBase64.Url(bytes);
}
