using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>How the system's Chromium (Debian's package) is started. Playwright's own browser download does not work on CI's
/// closed network, so Playwright drives /usr/bin/chromium.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that let Chromium run as root with no GPU on a machine whose network is closed: without the
    /// background-networking ones it keeps trying to reach Google's hosts and logs each refusal. Playwright itself gives every
    /// launch a new empty profile (a temporary --user-data-dir) and deletes it on close.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = Flags,
            Timeout = 60_000,
        });
}
