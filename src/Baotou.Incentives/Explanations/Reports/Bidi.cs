
namespace Baotou.Incentives.Explanations.Reports;

/// <summary>
/// Isolates text a case supplies (a unit's name, an id) for bidirectional display, where it needs it: first-strong isolate
/// U+2068 … pop directional isolate U+2069 around text that holds a right-to-left letter or a directional formatting
/// character, so that an override such as U+202E inside a name cannot reverse the text after it. Isolate marks inside the
/// text are dropped first, so the name cannot close the isolate early. Text with neither (a Chinese name, an id such as
/// <c>C-2024-0317</c>) cannot change the direction of what follows, and is left as it is, so that a person can search the
/// report for <c>合同 C-2024-0317</c>. The HTML writer turns the marks into <c>&lt;bdi&gt;</c>.
/// </summary>
internal static class Bidi
{
    internal const char FirstStrongIsolate = '\u2068';
    internal const char PopDirectionalIsolate = '\u2069';

    internal static string Isolate(string text)
    {
        var clean = text.Replace("\u2066", string.Empty, StringComparison.Ordinal).Replace("\u2067", string.Empty, StringComparison.Ordinal)
            .Replace("\u2068", string.Empty, StringComparison.Ordinal).Replace("\u2069", string.Empty, StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return NeedsIsolation(clean) ? FirstStrongIsolate + clean + PopDirectionalIsolate : clean;
    }

    /// <summary>
    /// Whether the text holds a character that can change the direction of the text around it: a letter of a right-to-left
    /// script (Hebrew, Arabic, Syriac, Thaana, N'Ko and the others of U+0590–U+08FF, their presentation forms, and the
    /// right-to-left blocks of the supplementary planes) or a directional mark, embedding, override or isolate.
    /// </summary>
    internal static bool NeedsIsolation(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsDirectional(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDirectional(int c) =>
        c is >= 0x0590 and <= 0x08FF // Hebrew to Arabic Extended-A
            or >= 0xFB1D and <= 0xFDFF // Hebrew and Arabic presentation forms A
            or >= 0xFE70 and <= 0xFEFF // Arabic presentation forms B
            or >= 0x10800 and <= 0x10FFF // right-to-left scripts of the supplementary plane
            or >= 0x1E800 and <= 0x1EFFF // Mende Kikakui, Adlam, Arabic mathematical letters
            or 0x200E or 0x200F or 0x061C // LRM, RLM, ALM
            or >= 0x202A and <= 0x202E // embeddings and overrides
            or >= 0x2066 and <= 0x2069; // isolates
}
