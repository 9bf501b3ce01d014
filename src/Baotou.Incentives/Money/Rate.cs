using System.Globalization;

namespace Baotou.Incentives.Money;

/// <summary>Formatting of rates held as fractions (0.8 is 80%).</summary>
public static class Rate
{
    /// <summary>Formats a fraction as a percentage without trailing zeros, e.g. 0.8 as <c>80%</c> and 0.125 as <c>12.5%</c>.</summary>
    /// <param name="fraction">The rate as a fraction of one.</param>
    /// <returns>The percentage text.</returns>
    public static string Format(decimal fraction) =>
        (fraction * 100m).ToString("0.############", CultureInfo.InvariantCulture) + "%";
}
