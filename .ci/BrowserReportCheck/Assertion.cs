namespace BrowserReportCheck;

/// <summary>What the check asserts of a page. Each one is proved able to fail by a negative control (NegativeControls.cs).</summary>
internal enum Assertion
{
    /// <summary>At 390 px, in a phone's emulation, the page is laid out at the phone's width (it declares a device-width viewport).</summary>
    PhoneViewport,

    /// <summary>The page does not scroll sideways: document.scrollingElement.scrollWidth is at most its clientWidth.</summary>
    NoHorizontalScroll,

    /// <summary>No element reaches past the edge of the viewport (unless it sits in a box that scrolls sideways and fits).</summary>
    NoWideElement,

    /// <summary>The page has in-page links (a[href^="#"]), and every one resolves to an element id.</summary>
    LinksResolve,

    /// <summary>No console message of any level, no uncaught page error and no failed request while the page loads.</summary>
    NoConsoleMessage,

    /// <summary>The page shows text (and a Chinese page shows Chinese).</summary>
    VisibleText,

    /// <summary>Every visible character is drawn with a real glyph, not the missing-glyph box (tofu).</summary>
    RealGlyphs,

    /// <summary>Printed to PDF, the page is A4.</summary>
    PdfIsA4,

    /// <summary>The PDF's first page, rendered to pixels by pdftoppm, is not blank.</summary>
    PdfFirstPageNotBlank,

    /// <summary>Nothing is printed within 5 mm of the paper's edge on the PDF's first page (the page's print stylesheet sets
    /// margins: a printer cannot print there, and a filed page is punched and bound there).</summary>
    PdfMargins,

    /// <summary>Where the record computed an amount on a contract's money, the page shows how the basis was reached: a visible
    /// counted/uncounted block (.basis-working) with each instalment the record counted in a row marked counted, and each one
    /// received after the evaluation date in a row marked not-counted (issue 25).</summary>
    BasisWorked,

    /// <summary>At 1280 px no short label (a table header, a label cell, a header table's first cell, eight characters or fewer)
    /// wraps onto a second line.</summary>
    LabelsDoNotWrap,

    /// <summary>Every page of the PDF carries its page number and the case id (the print stylesheet's margin boxes).</summary>
    PdfPageNumbers,
}
