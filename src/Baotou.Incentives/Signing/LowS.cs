using System.Numerics;

namespace Baotou.Incentives.Signing;

/// <summary>
/// One encoding of one ECDSA P-256 signature: (r, s) and (r, n − s) both verify, so the signer writes, and the reader
/// accepts, only the form with s at most half the curve order n (as Bitcoin's BIP 62 and Ethereum's EIP-2 do). The
/// signature is r‖s, 32 bytes each (IEEE P1363, as ES256 writes it).
/// </summary>
internal static class LowS
{
    /// <summary>The order n of P-256 (FIPS 186-4, D.1.2.3).</summary>
    private static readonly BigInteger Order = new(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);

    private static readonly BigInteger HalfOrder = Order / 2;

    /// <summary>Whether the r‖s signature's s is at most n/2.</summary>
    internal static bool IsLow(ReadOnlySpan<byte> signature) => S(signature) <= HalfOrder;

    /// <summary>The signature with s replaced by n − s when s is above n/2: the same signature, in its one accepted form.</summary>
    internal static byte[] Normalize(byte[] signature)
    {
        if (IsLow(signature))
        {
            return signature;
        }

        var low = (Order - S(signature)).ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[64];
        signature.AsSpan(0, 32).CopyTo(result);
        low.CopyTo(result.AsSpan(64 - low.Length));
        return result;
    }

    private static BigInteger S(ReadOnlySpan<byte> signature) => new(signature[32..], isUnsigned: true, isBigEndian: true);
}
