namespace Baotou.Incentives.Money;

/// <summary>
/// Rounding of yuan amounts to the fen (0.01 yuan), the way amounts are reported in China: 四舍五入, half away from zero.
/// </summary>
/// <remarks>
/// Amounts stay unrounded <see cref="decimal"/> through every computation; round only when an amount is reported.
/// <see cref="Math.Round(decimal, int)"/> alone would use banker's rounding, which is not what a finance office does.
/// </remarks>
public static class Fen
{
    /// <summary>Rounds a yuan amount to the fen, half away from zero (e.g. 0.125 becomes 0.13, -0.125 becomes -0.13).</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount rounded to two decimal places.</returns>
    public static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>Formats a yuan amount rounded to the fen with thousands separators, e.g. <c>2,500,000.00</c>.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The invariant-culture text of the rounded amount.</returns>
    public static string Format(decimal yuan) =>
        Round(yuan).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
