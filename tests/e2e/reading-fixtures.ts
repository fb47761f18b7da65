/**
 * Pages the reading tests serve: a single-page app, a hostile page and a page that is not an article.
 * Written for these tests, modelled on the shape of real news pages.
 */

const ARTICLE_A = `
  <h1>Harbor City opens a second ferry line</h1>
  <p class="byline">By Ana Ruiz, Staff Writer</p>
  <p>The Harbor City ferry service will add a second line between Quay Street and the Eastgate pier in June, the port authority said Tuesday.</p>
  <p>More than 60% of riders on the existing line travel at rush hour, according to the port authority. The new line is expected to carry about 4,000 riders a day.</p>
  <p>“We have waited ten years for this crossing,” said Hal Mendes, who runs a bakery near the Eastgate pier. “Now my staff can get here in twenty minutes.”</p>
  <p>The line will cost nearly $18 million to build, according to the city budget office. Tickets will cost the same as a bus fare.</p>
  <p>“The water is the fastest road we have,” Port Director Lena Okafor said at a news conference on the pier.</p>
  <p>Construction of the floating dock begins next month and should be finished by the end of May, officials said.</p>`;

const ARTICLE_B = `
  <h1>Library hours grow at three branches</h1>
  <p class="byline">By Sam Choi, Staff Writer</p>
  <p>Three Harbor City library branches will stay open until 9 p.m. on weeknights starting next month, the library board decided on Monday.</p>
  <p>Evening visits rose 35% last year, according to the library board. The longer hours will cost about $900,000 a year.</p>
  <p>“Students told us the library closes just when they need it most,” said board chair Rosa Delgado.</p>
  <p>The branches in Eastgate, Northpoint and Old Harbor were chosen because they have the most evening visitors, officials said.</p>
  <p>“We will look at the numbers again next spring,” Delgado added after the vote.</p>`;

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="The Harbor City Courier"><meta property="og:type" content="article"></head>
<body><header><a href="/">The Harbor City Courier</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a></nav></header>
<main><article id="story">${body}</article></main>
<footer><p>\u00a9 2025 The Harbor City Courier. All rights reserved.</p></footer>${script}</body></html>`;
}

/** An app that swaps the story in place and pushes a new URL, as single-page news sites do. */
export const SPA_PAGE = shell(
  'Harbor City opens a second ferry line | The Harbor City Courier',
  ARTICLE_A,
  `<script>
  const next = ${JSON.stringify(ARTICLE_B)};
  window.goNext = () => {
    document.getElementById('story').innerHTML = next;
    document.title = 'Library hours grow at three branches | The Harbor City Courier';
    history.pushState({}, '', '/spa/library-hours');
  };
  window.goHash = () => { location.hash = 'comments'; };
</script>`,
);

/**
 * A page whose own script tries everything a page can to read the reader's notes: every event on window and
 * document (keys included), every DOM change and attribute, open shadow roots, postMessage traffic, frames.
 */
export const HOSTILE_SCRIPT = `<script>
(() => {
  const seen = [];
  window.__hostileSeen = seen;
  const record = (what) => { try { seen.push(String(what)); } catch {} };
  const types = ['keydown','keyup','keypress','input','beforeinput','change','compositionend','paste','copy','message','click','focusin','focusout','selectionchange','submit'];
  for (const target of [window, document]) for (const type of types) target.addEventListener(type, (e) => {
    record(type + ':' + (e.key ?? '') + ':' + (e.data ?? '') + ':' + (e.target && e.target.value !== undefined ? e.target.value : ''));
    if (type === 'message') { try { record(JSON.stringify(e.data)); } catch { record(e.data); } }
  }, true);
  const origAttach = Element.prototype.attachShadow;
  window.__capturedRoots = [];
  Element.prototype.attachShadow = function (init) { const root = origAttach.call(this, init); window.__capturedRoots.push(root); return root; };
  new MutationObserver((records) => { for (const r of records) {
    for (const n of r.addedNodes) record('added:' + (n.outerHTML ?? n.textContent ?? ''));
    if (r.type === 'attributes') record('attr:' + r.attributeName + '=' + r.target.getAttribute(r.attributeName));
    if (r.type === 'characterData') record('text:' + r.target.data);
  } }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__hostileScan = () => {
    const out = [document.documentElement.outerHTML];
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { out.push(el.shadowRoot.innerHTML); walk(el.shadowRoot); } } };
    walk(document);
    for (const root of window.__capturedRoots) out.push(root.innerHTML);
    for (let i = 0; i < window.frames.length; i++) { try { out.push(window.frames[i].document.documentElement.outerHTML); } catch (e) { out.push('frame blocked'); } }
    for (const el of document.querySelectorAll('newsmark-ui')) out.push(String(el.shadowRoot), el.innerHTML);
    try { out.push(JSON.stringify(localStorage)); } catch {}
    return out.join('\\n') + '\\n' + seen.join('\\n');
  };
})();
</script>`;

/** A page that is not an article: a store's sign-in form and a list of links. */
export const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in | Harbor Outfitters</title></head>
<body><header><a href="/">Harbor Outfitters</a></header>
<main><h1>Sign in</h1><form><label>Email <input type="email"></label> <label>Password <input type="password"></label> <button>Sign in</button></form>
<ul><li><a href="/deals">Deals: 40% off rain jackets</a></li><li><a href="/help">Help centre</a></li><li><a href="/stores">Find a store</a></li></ul>
<p>“Best boots I own” \u2014 a customer</p></main>
<footer><p>\u00a9 2025 Harbor Outfitters</p></footer></body></html>`;

/**
 * A story cut short behind a "Read more" button, as many news sites print it: the rest is in the page but hidden
 * until the reader asks for it.
 */
export const READ_MORE_PAGE = shell(
  'Harbor City opens a second ferry line | The Harbor City Courier',
  `
  <h1>Harbor City opens a second ferry line</h1>
  <p class="byline">By Ana Ruiz, Staff Writer</p>
  <p>The Harbor City ferry service will add a second line between Quay Street and the Eastgate pier in June, the port authority said Tuesday.</p>
  <p>“We have waited ten years for this crossing,” said Hal Mendes, who runs a bakery near the Eastgate pier.</p>
  <p>Construction of the floating dock begins next month and should be finished by the end of May, officials said.</p>
  <div class="story-continued" id="rest" hidden>
    <p>More than 60% of riders on the existing line travel at rush hour, according to the port authority.</p>
    <p>“The water is the fastest road we have,” Port Director Lena Okafor said at a news conference on the pier.</p>
    <p>Tickets will cost the same as a bus fare, and the first month of rides on the new line will be free, officials said.</p>
  </div>
  <button type="button" class="read-more" onclick="document.getElementById('rest').hidden = false; this.remove();">Read more</button>`,
);
