using Microsoft.Playwright;

namespace BrowserReportCheck;

/// <summary>The two windows a report is opened in: a desktop at 1280 px, and a phone at 390 px (an iPhone 12–15's CSS width)
/// in mobile emulation, so that the page's viewport tag is honoured as a phone honours it.</summary>
internal sealed record Width(string Name, int Pixels, int Height, bool IsPhone)
{
    public static readonly Width Desktop = new("1280", 1280, 800, IsPhone: false);
    public static readonly Width Phone = new("390", 390, 844, IsPhone: true);

    public BrowserNewContextOptions ContextOptions() => new()
    {
        ViewportSize = new ViewportSize { Width = Pixels, Height = Height },
        DeviceScaleFactor = 1,
        IsMobile = IsPhone,
        HasTouch = IsPhone,
    };
}
