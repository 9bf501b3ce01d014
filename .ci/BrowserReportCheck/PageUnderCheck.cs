namespace BrowserReportCheck;

/// <summary>A page to open: a report (or a negative control), whether it is the Chinese one (it must then show Chinese), and
/// where its screenshots and PDF go (OutputStem + "-1280.png", "-390.png", ".pdf", "-page1.png").</summary>
internal sealed record PageUnderCheck(string Name, string HtmlPath, bool Chinese, string OutputStem);
