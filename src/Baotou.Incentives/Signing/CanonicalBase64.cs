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
    internal static bool TryFromUrl(string text, [NotNullWhen(true)] out byte[]? bytes) =>
        TryCanonical(text, text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='), b => Url(b), out bytes);

    /// <summary>The bytes of a text that is canonical standard base64 (padded, no white space); <see langword="false"/> for any other text.</summary>
    internal static bool TryFromStandard(string text, [NotNullWhen(true)] out byte[]? bytes) =>
        TryCanonical(text, text, Convert.ToBase64String, out bytes);

    /// <summary>
    /// The bytes of <paramref name="standard"/> (the text in the standard alphabet, padded), kept only if writing them gives
    /// <paramref name="text"/> back: so another alphabet's character, padding where none belongs, white space (which the
    /// decoder skips) and non-zero trailing bits all make the text refused rather than read.
    /// </summary>
    private static bool TryCanonical(string text, string standard, Func<byte[], string> write, [NotNullWhen(true)] out byte[]? bytes)
    {
        try
        {
            bytes = Convert.FromBase64String(standard);
        }
        catch (FormatException)
        {
            bytes = null;
            return false;
        }

        if (string.Equals(write(bytes), text, StringComparison.Ordinal))
        {
            return true;
        }

        bytes = null;
        return false;
    }
}
