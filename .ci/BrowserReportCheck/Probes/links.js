// Every in-page link (a[href^="#"]) and whether its target exists: an element with that id (the fragment percent-decoded,
// as the browser does when it follows the link). "#" alone, or "#top" with no such id, does not resolve. Returns JSON.
() => {
  const links = [...document.querySelectorAll('a[href^="#"]')].map(a => {
    const fragment = a.getAttribute('href').slice(1);
    let id = fragment;
    try { id = decodeURIComponent(fragment); } catch (e) { /* a malformed escape is compared as written */ }
    return { href: a.getAttribute('href'), text: (a.textContent || '').trim().slice(0, 40), resolves: id !== '' && document.getElementById(id) !== null };
  });
  return JSON.stringify({ count: links.length, dangling: links.filter(l => !l.resolves).slice(0, 8), danglingCount: links.filter(l => !l.resolves).length });
}
