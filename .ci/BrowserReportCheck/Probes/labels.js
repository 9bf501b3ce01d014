// Short labels that wrap: every table header, label cell (td.label) and first cell of a two-column table whose text is eight
// characters or fewer, laid out on more than one line. Lines are counted by the distinct tops of the text's line boxes.
// Returns JSON (read by Probes.cs).
() => {
  const range = document.createRange();
  const wrapped = [];
  let checked = 0;
  for (const element of document.querySelectorAll('th, td.label, table.pairs td:first-child')) {
    const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || [...text].length > 8) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    checked++;
    range.selectNodeContents(element);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
    if (tops.size > 1) wrapped.push({ text, lines: tops.size, width: Math.round(rect.width) });
  }
  return JSON.stringify({ checked, wrappedCount: wrapped.length, wrapped: wrapped.slice(0, 8) });
}
