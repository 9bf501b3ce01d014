using NodaTime;

namespace Baotou.Incentives.Validation;

/// <summary>
/// Checks that facts run on their own values at construction. Each message names the fact, the field and the valid range,
/// so that a refused value can be fixed without reading this library's source.
/// </summary>
internal static class Guard
{
    /// <summary>The largest amount, in yuan, any fact may hold: large enough for any real contract, small enough that sums
    /// of many rows and products with rates stay far inside <see cref="decimal"/>'s range.</summary>
    internal const decimal MaximumYuan = 1_000_000_000_000_000m;

    /// <summary>The longest id or name accepted.</summary>
    internal const int MaximumTextLength = 256;

    internal static readonly LocalDate EarliestDate = new(1900, 1, 1);
    internal static readonly LocalDate LatestDate = new(2199, 12, 31);

    internal static string Id(string? value, string factType) =>
        Text(value, factType, value, "Id");

    internal static string Reference(string? value, string factType, string? factId, string field) =>
        Text(value, factType, factId, field);

    internal static string Text(string? value, string factType, string? factId, string field) =>
        TextProblem(value) is { } why ? throw Fail(factType, factId, field, why) : value!;

    /// <summary>Why a value is no id, name or text, or <see langword="null"/>: for a reader that says every problem at once.</summary>
    internal static string? TextProblem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "is required and must not be empty or white space"
        : value.Length > MaximumTextLength ? $"must be at most {MaximumTextLength} characters; was {value.Length}"
        : value.Any(char.IsControl) ? "must not contain control characters"
        : null;

    internal static decimal PositiveYuan(decimal value, string factType, string? factId, string field) =>
        value > 0m ? Yuan(value, factType, factId, field) : throw Fail(factType, factId, field, $"must be greater than 0 yuan; was {value}");

    internal static decimal NonNegativeYuan(decimal value, string factType, string? factId, string field) =>
        value >= 0m ? Yuan(value, factType, factId, field) : throw Fail(factType, factId, field, $"must be 0 yuan or more; was {value}");

    /// <summary>An amount that may be negative (a loss), bounded and recorded to the fen.</summary>
    internal static decimal Yuan(decimal value, string factType, string? factId, string field) =>
        value is > MaximumYuan or < -MaximumYuan
            ? throw Fail(factType, factId, field, $"must be between -{MaximumYuan:#,##0} and {MaximumYuan:#,##0} yuan; was {value}")
        : decimal.Round(value, 2) != value
            ? throw Fail(factType, factId, field, $"must be recorded to the fen (at most 2 decimal places); was {value}")
        : value;

    /// <summary>A fraction in (0, 1], such as a share of a company's equity.</summary>
    internal static decimal Fraction(decimal value, string factType, string? factId, string field) =>
        value is > 0m and <= 1m
            ? value
            : throw Fail(factType, factId, field, $"must be a fraction greater than 0 and at most 1 (e.g. 0.3 for 30%); was {value}");

    /// <summary>A share in [0, 1], such as one owner's part of an achievement's ownership.</summary>
    internal static decimal Share(decimal value, string factType, string? factId, string field) =>
        value is >= 0m and <= 1m ? value : throw Fail(factType, factId, field, $"must be a fraction from 0 to 1 (e.g. 0.3 for 30%); was {value}");

    internal static LocalDate Date(LocalDate value, string factType, string? factId, string field) =>
        value >= EarliestDate && value <= LatestDate
            ? value
            : throw Fail(factType, factId, field, $"must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}; was {value:yyyy-MM-dd}");

    internal static int Year(int value, string factType, string? factId, string field) =>
        value >= EarliestDate.Year && value <= LatestDate.Year
            ? value
            : throw Fail(factType, factId, field, $"must be a year between {EarliestDate.Year} and {LatestDate.Year}; was {value}");

    internal static TEnum Defined<TEnum>(TEnum value, string factType, string? factId, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw Fail(factType, factId, field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; was {value}");

    internal static InvalidFactException Fail(string factType, string? factId, string field, string reason) =>
        new(new ValidationProblem(factType, factId, field, reason));
}
