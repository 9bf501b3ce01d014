using System.Diagnostics.CodeAnalysis;

namespace Baotou.Incentives.Signing;

/// <summary>
/// Base64 read in exactly one spelling: base64url (RFC 7515 §2: URL alphabet, no padding) for a JWS's parts and key
/// coordinates, standard base64 (with padding) for <c>x5c</c>. A text is accepted only if it is what writing its own bytes
/// gives back, so padding, the other alphabet, white space and non-zero trailing bits are all refused: a second spelling of
/// the same signature is a second signature.
/// </summary>
internal static class CanonicalBase64
{
    /// <summary>Bytes as base64url, unpadded.</summary>
    internal static string Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The bytes of a text that is canonical unpadded base64url; <see langword="false"/> for any other text.</summary>
    internal static bool TryFromUrl(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        foreach (var c in text)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return false;
            }
        }

        if (text.Length % 4 == 1)
        {
            return false;
        }

        var decoded = Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4));
        if (!string.Equals(Url(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }

    /// <summary>The bytes of a text that is canonical standard base64 (padded, no white space); <see langword="false"/> for any other text.</summary>
    internal static bool TryFromStandard(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.Length % 4 != 0 || text.Any(c => c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=')))
        {
            return false;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!string.Equals(Convert.ToBase64String(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }
}
