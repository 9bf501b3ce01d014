using Microsoft.Playwright;
using BrowserReportCheck;

// Opens the zh and en HTML reports of every sample case (made beforehand by .ci/browser-report-check.sh with the CLI) in
// Debian's Chromium at 1280 and 390 px, asserts what Assertion.cs lists, writes screenshots and an A4 PDF next to each report,
// and first proves with negative controls that every assertion can fail. Exit code 0 only when every report passes and every
// control failed exactly as it must.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: BrowserReportCheck <folder with one sub-folder per case holding zh.html and en.html>");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var reports = Directory.GetDirectories(root)
    .Where(folder => Path.GetFileName(folder) != "controls")
    .OrderBy(folder => folder, StringComparer.Ordinal)
    .SelectMany(folder => new[] { ("zh", true), ("en", false) }.Select(language => new PageUnderCheck(
        $"{Path.GetFileName(folder)} {language.Item1}",
        Path.Combine(folder, $"{language.Item1}.html"),
        language.Item2,
        Path.Combine(folder, language.Item1),
        Screenshots: true,
        Expectations.Read(Path.Combine(folder, "record.json")))))
    .ToList();
var missing = reports.Where(report => !File.Exists(report.HtmlPath)).ToList();
if (reports.Count == 0 || missing.Count > 0)
{
    Console.Error.WriteLine(reports.Count == 0 ? $"no case folders under {root}" : $"reports missing: {string.Join(", ", missing.Select(m => m.HtmlPath))}");
    return 2;
}

var controlsFolder = Directory.CreateDirectory(Path.Combine(root, "controls")).FullName;

using var playwright = await Playwright.CreateAsync();
await using var browser = await Chromium.LaunchAsync(playwright);
await using var desktop = await browser.NewContextAsync(Width.Desktop.ContextOptions());
await using var phone = await browser.NewContextAsync(Width.Phone.ContextOptions());
// Generous, for a machine busy with other builds: a timeout here means a hang, not a slow page.
desktop.SetDefaultTimeout(120_000);
phone.SetDefaultTimeout(120_000);
Console.WriteLine($"== {browser.BrowserType.Name} {browser.Version} ({Chromium.ExecutablePath}), windows {Width.Desktop.Pixels} px and {Width.Phone.Pixels} px (phone)");

Console.WriteLine("== Negative controls: each must fail exactly the assertions named");
var controlPages = new List<PageUnderCheck>();
foreach (var control in NegativeControl.All)
{
    var html = Path.Combine(controlsFolder, control.Name + ".html");
    await File.WriteAllTextAsync(html, control.Html);
    controlPages.Add(new PageUnderCheck(control.Name, html, Chinese: true, Path.Combine(controlsFolder, control.Name), Screenshots: false, control.Expect));
}

var controlsBehaved = 0;
foreach (var (control, result) in NegativeControl.All.Zip(await PagePool.RunAsync(desktop, phone, controlPages)))
{
    var failed = result.Findings.Select(finding => finding.Assertion).ToHashSet();
    var behaved = failed.SetEquals(control.MustFail);
    controlsBehaved += behaved ? 1 : 0;
    var must = control.MustFail.Count == 0 ? "nothing" : string.Join(", ", control.MustFail.Order());
    var did = failed.Count == 0 ? "nothing" : string.Join(", ", failed.Order());
    Console.WriteLine($"{(behaved ? "ok  " : "FAIL")} {control.Name}: must fail {must}; failed {did}");
    if (!behaved)
    {
        foreach (var finding in result.Findings) Console.WriteLine($"       {finding}");
    }
}

Console.WriteLine($"== Reports: {reports.Count} pages ({reports.Count / 2} cases, zh and en)");
var results = await PagePool.RunAsync(desktop, phone, reports);
foreach (var result in results)
{
    Console.WriteLine($"{(result.Findings.Count == 0 ? "ok  " : "FAIL")} {result.Target.Name}: {string.Join("; ", result.Notes)}");
    foreach (var finding in result.Findings) Console.WriteLine($"       {finding}");
}

var failing = results.Where(result => result.Findings.Count > 0).ToList();
var byAssertion = results.SelectMany(result => result.Findings.Select(finding => (finding.Assertion, result.Target.Name)))
    .Distinct()
    .GroupBy(pair => pair.Assertion)
    .OrderBy(group => group.Key)
    .Select(group => $"{group.Key} on {group.Count()}")
    .ToList();
var controlsOk = controlsBehaved == NegativeControl.All.Count;
var verdict = failing.Count == 0 && controlsOk ? "PASSED" : "FAILED";
Console.WriteLine($"browser report check {verdict}: {results.Count - failing.Count} of {results.Count} report pages pass at 1280 and 390 px"
    + (byAssertion.Count == 0 ? "" : $" (failed: {string.Join(", ", byAssertion)})")
    + $"; {controlsBehaved} of {NegativeControl.All.Count} negative controls caught as they must be; screenshots and PDFs in {Path.GetRelativePath(Environment.CurrentDirectory, root)}");
return verdict == "PASSED" ? 0 : 1;
