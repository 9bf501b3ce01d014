using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Baotou.Incentives.Signing;

/// <summary>
/// The protected header of a record's JWS, read as the signer writes it and nothing else: members <c>alg</c> (ES256),
/// <c>kid</c> (the RFC 7638 thumbprint of <c>jwk</c>), <c>jwk</c> (kty, crv, x, y of a P-256 public key) and, optionally,
/// <c>x5c</c> (exactly one certificate, the signer's, which holds that key and allows signing, see
/// <see cref="SigningCertificate"/>). Any <c>crit</c> is refused (RFC 7515 §4.1.11: this reader understands no extension),
/// as are a member named twice and a member it does not understand, whose meaning another reader might honour.
/// </summary>
internal static class JwsHeader
{
    private const string Members = "alg, kid, jwk, x5c";
    private const string KeyMembers = "kty, crv, x, y";

    /// <summary>The key and certificate the header names, or why the header is refused; the caller disposes the certificate.</summary>
    internal static (ECParameters Key, X509Certificate2? Certificate, string? Problem) Read(byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return (default, null, "the header is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (default, null, "the header is not a JSON object");
            }

            // Checked in this order, so that a header with several faults is refused for the first of them.
            var key = ReadKey(root);
            var thumbprint = key is { Problem: null } ? DetachedJws.Thumbprint(key.Value.Parameters) : null;
            var problem = Twice(root, string.Empty)
                ?? Critical(root)
                ?? Unknown(root, string.Empty, Members)
                ?? (Text(root, "alg", out var alg) && alg == DetachedJws.Algorithm ? null : $"the algorithm must be {DetachedJws.Algorithm}")
                ?? (key is null ? "the key must be ECDSA P-256 (jwk with kty EC, crv P-256, x and y in canonical base64url)" : key.Value.Problem)
                ?? (!root.TryGetProperty("kid", out var kid) ? "the header has no kid: it must be the RFC 7638 thumbprint of its jwk"
                    : kid.ValueKind != JsonValueKind.String || kid.GetString() != thumbprint ? "the header's kid is not the RFC 7638 thumbprint of its jwk"
                    : null);
            if (problem is not null)
            {
                return (default, null, problem);
            }

            if (!root.TryGetProperty("x5c", out var chain))
            {
                return (key!.Value.Parameters, null, null);
            }

            if (chain.ValueKind != JsonValueKind.Array || chain.GetArrayLength() != 1 || chain[0].ValueKind != JsonValueKind.String)
            {
                return (default, null, "the header's x5c must hold exactly one certificate, the signer's");
            }

            if (!CanonicalBase64.TryFromStandard(chain[0].GetString()!, out var der))
            {
                return (default, null, "the header's x5c[0] is not canonical base64 (RFC 7515 §4.1.6)");
            }

            X509Certificate2 certificate;
            try
            {
                certificate = DetachedJws.LoadCertificate(der);
            }
            catch (CryptographicException)
            {
                return (default, null, "the header's x5c[0] is not an X.509 certificate");
            }

            problem = DetachedJws.Thumbprint(certificate) != thumbprint
                ? "the certificate does not hold the key that signed"
                : SigningCertificate.WhyNotForSigning(certificate) is { } why ? "the certificate does not allow signing: " + why : null;
            if (problem is not null)
            {
                certificate.Dispose();
                return (default, null, problem);
            }

            return (key!.Value.Parameters, certificate, null);
        }
    }

    private static (ECParameters Parameters, string? Problem)? ReadKey(JsonElement root)
    {
        if (!root.TryGetProperty("jwk", out var jwk) || jwk.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if ((Twice(jwk, "jwk.") ?? Unknown(jwk, "jwk.", KeyMembers)) is { } problem)
        {
            return (default, problem);
        }

        if (!Text(jwk, "kty", out var kty) || kty != "EC" || !Text(jwk, "crv", out var crv) || crv != "P-256"
            || !Text(jwk, "x", out var x) || !CanonicalBase64.TryFromUrl(x, out var xBytes) || xBytes.Length != 32
            || !Text(jwk, "y", out var y) || !CanonicalBase64.TryFromUrl(y, out var yBytes) || yBytes.Length != 32)
        {
            return null;
        }

        return (new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = xBytes, Y = yBytes } }, null);
    }

    /// <summary>Any <c>crit</c> at all: RFC 7515 §4.1.11 has a reader reject extensions it does not understand, and this one understands none.</summary>
    private static string? Critical(JsonElement root)
    {
        if (!root.TryGetProperty("crit", out var crit))
        {
            return null;
        }

        var names = crit.ValueKind == JsonValueKind.Array
            ? string.Join(", ", crit.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String ? Shown(n.GetString()!) : Shown(n.GetRawText())))
            : Shown(crit.GetRawText());
        return $"the header's crit names extensions this reader does not understand ({names}): RFC 7515 §4.1.11 says to reject it";
    }

    private static bool Text(JsonElement element, string name, out string text)
    {
        text = element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        return text.Length > 0;
    }

    private static string? Twice(JsonElement element, string prefix)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                return $"the header names {prefix}{Shown(member.Name)} twice";
            }
        }

        return null;
    }

    private static string? Unknown(JsonElement element, string prefix, string known)
    {
        var names = known.Split(", ");
        foreach (var member in element.EnumerateObject())
        {
            if (!names.Contains(member.Name, StringComparer.Ordinal))
            {
                return $"the header's {prefix}{Shown(member.Name)} is not a member this reader understands ({known})";
            }
        }

        return null;
    }

    /// <summary>A name from the header as it may be shown to a person: control characters and the like escaped as JSON escapes them.</summary>
    private static string Shown(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
}
