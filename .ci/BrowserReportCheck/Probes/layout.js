// How the page lays out in the window it was opened in. Returns JSON (read by Layout.cs).
// layoutWidth is the width the page is laid out at: on a phone (mobile emulation) a page without
// <meta name="viewport" content="width=device-width"> is laid out at 980 px and shrunk to fit, which is why it is measured.
// An element counts as too wide when its box reaches past the left or right edge of the layout viewport, unless it sits in
// a box that scrolls sideways on its own (overflow-x: auto or scroll) and that box fits: a reader can still reach it there.
// Content cut off by overflow: hidden or clip is NOT exempt: a reader cannot reach it at all. Text is measured by its own
// line boxes as well, since an unbreakable string (a digest, a long id) overflows the box that holds it.
() => {
  const scrolling = document.scrollingElement || document.documentElement;
  const layoutWidth = scrolling.clientWidth;
  const slack = 0.5; // sub-pixel rounding of fractional layout
  const pageLeft = rect => rect.left + window.scrollX;
  const pageRight = rect => rect.right + window.scrollX;
  const fits = rect => pageLeft(rect) >= -slack && pageRight(rect) <= layoutWidth + slack;
  const inFittingScrollBox = node => {
    for (let box = node.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
      const overflowX = getComputedStyle(box).overflowX;
      if (overflowX === 'auto' || overflowX === 'scroll') return fits(box.getBoundingClientRect());
    }
    return false;
  };
  const describe = (element, rect) => {
    let name = element.tagName.toLowerCase();
    if (element.id) name += '#' + element.id;
    if (typeof element.className === 'string' && element.className.trim()) name += '.' + element.className.trim().split(/\s+/).join('.');
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { element: name, left: Math.round(pageLeft(rect)), right: Math.round(pageRight(rect)), text };
  };
  const offending = new Set();
  const tooWide = [];
  for (const element of document.body ? document.body.querySelectorAll('*') : []) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue; // not rendered
    if (fits(rect) || inFittingScrollBox(element)) continue;
    offending.add(element);
    // Name the outermost offender only: its children overflow because it does.
    if (!offending.has(element.parentElement)) tooWide.push(describe(element, rect));
  }
  // Text overflows without its element doing so (an unbreakable digest in a paragraph that fits): measure the text's own
  // line boxes too, and name the element that holds it.
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!element || offending.has(element) || !node.data.trim()) continue;
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter(rect => rect.width > 0 && !fits(rect));
    if (rects.length === 0 || inFittingScrollBox(node)) continue;
    offending.add(element);
    const widest = rects.reduce((a, b) => (pageRight(b) > pageRight(a) ? b : a));
    const described = describe(element, widest);
    tooWide.push({ ...described, element: described.element + ' (its text)' });
  }
  return JSON.stringify({
    windowWidth: window.outerWidth,
    layoutWidth,
    scrollWidth: scrolling.scrollWidth,
    tooWideCount: offending.size,
    tooWide: tooWide.slice(0, 8),
  });
}
