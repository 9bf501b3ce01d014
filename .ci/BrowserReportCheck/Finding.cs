namespace BrowserReportCheck;

/// <summary>One assertion a page failed, with what was seen (the width it was seen at, the offending elements or messages).</summary>
internal sealed record Finding(Assertion Assertion, string Detail)
{
    public override string ToString() => $"{Assertion}: {Detail}";
}
