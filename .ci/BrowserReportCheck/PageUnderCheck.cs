namespace BrowserReportCheck;

/// <summary>A page to open: a report (or a negative control), whether it is the Chinese one (it must then show Chinese), and
/// where its PDF and, when Screenshots, its screenshots go (OutputStem + ".pdf", "-page1.png", "-1280.png", "-390.png",
/// "-390-screen.png": the first screen a phone shows).</summary>
/// <remarks>Expect, when given, is what the record behind the page says the page must show (BasisWorked, PdfPageNumbers); a page
/// without it is not held to those assertions.</remarks>
internal sealed record PageUnderCheck(string Name, string HtmlPath, bool Chinese, string OutputStem, bool Screenshots, Expectations? Expect = null);
