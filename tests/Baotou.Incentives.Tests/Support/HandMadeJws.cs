using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Signing;

namespace Baotou.Incentives.Tests.Support;

/// <summary>
/// What an attacker who holds a key does with a JOSE library: a detached JWS over a record's content with any protected
/// header, signed for real, so that only the reader's rules (not the signature's arithmetic) can refuse it.
/// </summary>
internal static class HandMadeJws
{
    /// <summary>The order of P-256 (FIPS 186-4, D.1.2.3).</summary>
    internal static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    /// <summary>The header the library's signer writes: alg, kid, jwk and, with a certificate, x5c.</summary>
    internal static JsonObject Header(ECDsa key, X509Certificate2? certificate = null)
    {
        var q = key.ExportParameters(false).Q;
        var header = new JsonObject
        {
            ["alg"] = "ES256",
            ["kid"] = DetachedJws.Thumbprint(key.ExportParameters(false)),
            ["jwk"] = new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url(q.X!), ["y"] = Base64Url(q.Y!) },
        };
        if (certificate is not null)
        {
            header["x5c"] = new JsonArray(Convert.ToBase64String(certificate.RawData));
        }

        return header;
    }

    /// <summary>The record, as JSON, carrying a JWS made with <paramref name="key"/> over its content under the header's text as given.</summary>
    internal static string Signed(DecisionRecord record, string headerJson, ECDsa key) =>
        WithSignature(record, Sign(record, headerJson, key));

    /// <summary>The record, as JSON, carrying a JWS made with <paramref name="key"/> over its content under <paramref name="header"/>.</summary>
    internal static string Signed(DecisionRecord record, JsonObject header, ECDsa key) =>
        Signed(record, header.ToJsonString(), key);

    /// <summary>A detached JWS over the record's content, low-S as the library's signer makes it.</summary>
    internal static string Sign(DecisionRecord record, string headerJson, ECDsa key)
    {
        var header = Base64Url(Encoding.UTF8.GetBytes(headerJson));
        var input = Encoding.ASCII.GetBytes(header + "." + Base64Url(DecisionRecord.SignedContent(record.Document)));
        var signature = key.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return header + ".." + Base64Url(IsLowS(signature) ? signature : FlipS(signature));
    }

    /// <summary>The record, as JSON, with its signature replaced by <paramref name="jws"/> (the digest does not cover it).</summary>
    internal static string WithSignature(DecisionRecord record, string jws) => Forgery.Edit(record.ToJson(), root => root["signature"] = jws);

    /// <summary>The same ECDSA signature (r, s) in its other form (r, n − s): the arithmetic accepts both.</summary>
    internal static byte[] FlipS(byte[] signature)
    {
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var flipped = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = (byte[])signature.Clone();
        Array.Clear(result, 32, 32);
        flipped.CopyTo(result, 64 - flipped.Length);
        return result;
    }

    /// <summary>Whether s is at most half the order.</summary>
    internal static bool IsLowS(ReadOnlySpan<byte> signature) =>
        new BigInteger(signature[32..], isUnsigned: true, isBigEndian: true) <= Order / 2;

    internal static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
