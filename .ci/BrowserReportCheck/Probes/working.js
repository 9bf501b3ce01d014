// The counted/uncounted blocks of the page (table.basis-working): whether any is rendered, and the text of each row marked
// counted, not-counted or deducted. Returns JSON (read by Probes.cs).
() => {
  const blocks = [...document.querySelectorAll('table.basis-working')];
  const visible = blocks.filter(b => { const r = b.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
  // Cell by cell, joined by a space: a row's textContent runs its cells together ("P-12024-04-02").
  const rows = kind => blocks.flatMap(b => [...b.querySelectorAll('tr.' + kind)].map(r =>
    [...r.cells].map(c => (c.textContent || '').replace(/\s+/g, ' ').trim()).join(' ')));
  return JSON.stringify({ blocks: blocks.length, visible, counted: rows('counted'), notCounted: rows('not-counted') });
}
