namespace Baotou.Incentives.Explanations.Reports;

/// <summary>
/// Isolates text a case supplies (a unit's name, an id) for bidirectional display: first-strong isolate U+2068 … pop
/// directional isolate U+2069 around it, so that an override such as U+202E inside a name cannot reverse the text after it.
/// Isolate marks inside the text are dropped first, so the name cannot close the isolate early. The HTML writer turns the
/// marks into <c>&lt;bdi&gt;</c>.
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
        return FirstStrongIsolate + clean + PopDirectionalIsolate;
    }
}
