// Whether the page's visible text is drawn with real glyphs, not tofu (the box, or nothing, a browser draws for a character
// that no installed font has). For each distinct visible character, in the font its element is styled with (family list,
// weight, style), the character is drawn on a canvas and its pixels compared with those of U+10FFFD, a private-use code
// point that no font has: the browser draws exactly that missing-glyph shape for any character it finds no font for
// (the same font fallback serves canvas and page text). A character is tofu when its pixels equal the missing-glyph
// pixels, or when it draws no pixel at all. Spaces, control and format characters (bidi isolates, zero-width joiners) and
// combining marks draw nothing by design and are left out. Returns JSON.
() => {
  const skip = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}]/u;
  const han = /\p{Script=Han}/u;
  const charsByFont = new Map();
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  let visibleText = '';
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!element || element.closest('script, style, noscript, template')) continue;
    if (element.getClientRects().length === 0) continue; // display: none, or inside it
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || parseFloat(style.opacity) === 0) continue;
    const font = `${style.fontStyle} ${style.fontWeight} 32px ${style.fontFamily}`;
    if (!charsByFont.has(font)) charsByFont.set(font, new Set());
    for (const ch of node.data) {
      if (skip.test(ch)) continue;
      visibleText += ch;
      charsByFont.get(font).add(ch);
    }
  }
  const size = 48;
  const canvas = document.createElement('canvas');
  canvas.width = size; canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (font, ch) => {
    context.clearRect(0, 0, size, size);
    context.font = font;
    context.fillStyle = '#000';
    context.fillText(ch, 6, 36);
    return new Uint32Array(context.getImageData(0, 0, size, size).data.buffer); // one RGBA pixel per element
  };
  const isTofu = (drawn, missing) => {
    let inked = false, same = true;
    for (let i = 0; i < drawn.length; i++) {
      if (drawn[i] !== 0) inked = true;
      if (drawn[i] !== missing[i]) { same = false; if (inked) break; }
    }
    return !inked || same;
  };
  const tofu = [];
  let checked = 0, hanChecked = 0;
  for (const [font, chars] of charsByFont) {
    const missing = draw(font, '\u{10FFFD}');
    for (const ch of chars) {
      checked++;
      if (han.test(ch)) hanChecked++;
      if (isTofu(draw(font, ch), missing)) {
        tofu.push({ char: ch, codePoint: 'U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'), font });
      }
    }
  }
  return JSON.stringify({
    visibleCharacters: visibleText.length,
    distinctChecked: checked,
    hanChecked,
    tofuCount: tofu.length,
    tofu: tofu.slice(0, 10),
  });
}
