// The counted/uncounted blocks of the page (table.basis-working): whether any is rendered, and the text of each row marked
// counted, not-counted or deducted. Returns JSON (read by Probes.cs).
() => {
  const blocks = [...document.querySelectorAll('table.basis-working')];
  const visible = blocks.filter(b => { const r = b.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
  const rows = kind => blocks.flatMap(b => [...b.querySelectorAll('tr.' + kind)].map(r => (r.textContent || '').replace(/\s+/g, ' ').trim()));
  return JSON.stringify({ blocks: blocks.length, visible, counted: rows('counted'), notCounted: rows('not-counted') });
}
