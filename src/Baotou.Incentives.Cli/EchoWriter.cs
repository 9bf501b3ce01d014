using System.Globalization;
using System.Text;

namespace Baotou.Incentives.Cli;

/// <summary>
/// The tool's standard output and error as every command writes them: a control character in anything written (a case
/// id, a file name, a field's value echoed in a message) is shown escaped as <c>\u001b</c> (a backslash, <c>u</c> and four
/// lower-case hex digits, as JSON and C# write it), never written raw, so that an input cannot clear the screen, move the
/// cursor or rewrite a line the user reads (<c>ESC[2J</c>, a bare carriage return). A line feed and a tab are kept, and so is
/// a carriage return on Windows, where it begins every line end. Progress and tables drawn for a person at a terminal are
/// written around this writer, and escape their cells with <see cref="Escaped"/>.
/// </summary>
internal sealed class EchoWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>The text with each control character but a line feed and a tab (and a carriage return on Windows) escaped.</summary>
    /// <param name="text">What to show.</param>
    /// <returns>The text, unchanged when it holds no such character.</returns>
    internal static string Escaped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !text.Any(Escapes)
            ? text
            : string.Concat(text.Select(c => Escapes(c) ? @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(value is null ? null : Escaped(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write(inner.NewLine);
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    private static bool Escapes(char c) =>
        char.IsControl(c) && c != '\n' && c != '\t' && !(c == '\r' && OperatingSystem.IsWindows());
}
