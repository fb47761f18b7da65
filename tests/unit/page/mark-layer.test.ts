// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, domPieces, textOffsetOf } from '../../../utils/dom/text-map';
import type { Claims } from '../../../utils/analysis/types';
import { MarkLayer } from '../../../utils/page/mark-layer';
import { markSpecsOf } from '../../../utils/page/mark-specs';
import { LiveTextMap } from '../../../utils/page/split-text';

const ARTICLE = `
<article id="story">
  <p>Officials said <em>more than 95%</em> of cases were resolved, according to DHS.</p>
  <p>“We accomplish this when we are <a href="/x">partners</a> and not adversaries,” Tony Pham said.</p>
  <p>Run <code>rm 42%</code> and type into <span contenteditable="true">a 12% box</span>.</p>
  <p>Content created by The Daily Caller News Foundation is available without charge.</p>
</article>`;

function setup() {
  document.body.innerHTML = ARTICLE;
  const paragraphs = Array.from(document.querySelectorAll('p'));
  const map = buildTextMap(paragraphs.map((element) => ({ element, kind: 'paragraph' as const })));
  return { map, live: new LiveTextMap(map), layer: new MarkLayer(document) };
}

function claimsFor(text: string): Claims {
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture lacks ${s}`);
    return { start, end: start + s.length };
  };
  const quote = at('“We accomplish this when we are partners and not adversaries,”');
  return {
    quotes: [{ ...quote, text: text.slice(quote.start, quote.end), speaker: 'Tony Pham' }],
    statistics: [
      { ...at('more than 95%'), text: 'more than 95%', value: 95, unit: '%', qualifier: '>', source: 'DHS' },
      { ...at('42%'), text: '42%', value: 42, unit: '%', qualifier: null, source: null },
      { ...at('12%'), text: '12%', value: 12, unit: '%', qualifier: null, source: null },
      // Inside the quote: marked as a mark within the quote's mark.
      { ...at('partners'), text: 'partners', value: null, unit: null, qualifier: null, source: null },
    ],
    syndication: [
      { kind: 'licence-notice', text: 'Content created by The Daily Caller News Foundation', origin: 'The Daily Caller News Foundation', ...at('Content created by The Daily Caller News Foundation') },
      { kind: 'metadata', text: 'isBasedOn', origin: 'Elsewhere' },
    ],
    sourcing: { speakers: [], sources: [], unsourcedStatistics: 2 },
  };
}

function markAll() {
  const ctx = setup();
  const specs = markSpecsOf(claimsFor(ctx.map.article.text), ctx.map.article);
  const records = specs.map((s) => ctx.layer.add(s, ctx.live));
  return { ...ctx, specs, records };
}

describe('MarkLayer', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps each claim without changing the article text', () => {
    setup();
    const before = document.getElementById('story')!.textContent;
    const { layer } = markAll();
    expect(document.getElementById('story')!.textContent).toBe(before);
    expect(document.querySelectorAll('newsmark-mark').length).toBeGreaterThan(0);
    const kinds = layer.all().map((r) => r.spec.details.kind).sort();
    expect(kinds).toEqual(['quote', 'statistic', 'statistic', 'syndication']);
  });

  it('never marks inside code or editable regions', () => {
    markAll();
    expect(document.querySelector('code newsmark-mark, [contenteditable] newsmark-mark')).toBeNull();
    const marked = Array.from(document.querySelectorAll('newsmark-mark')).map((m) => m.textContent);
    expect(marked).not.toContain('42%');
    expect(marked).not.toContain('12%');
  });

  it('marks a claim across an element as pieces sharing one id, only the first in the tab order', () => {
    const { layer } = markAll();
    const quote = layer.all().find((r) => r.spec.details.kind === 'quote')!;
    expect(quote.elements.length).toBeGreaterThan(1);
    expect(new Set(quote.elements.map((e) => e.dataset.newsmarkId))).toEqual(new Set([quote.id]));
    expect(quote.elements.map((e) => e.textContent).join('')).toBe(quote.spec.details.text);
    expect(quote.elements[0]!.getAttribute('tabindex')).toBe('0');
    expect(quote.elements.slice(1).some((e) => e.hasAttribute('tabindex'))).toBe(false);
    expect(quote.elements.at(-1)!.hasAttribute('data-newsmark-last')).toBe(true);
    // The inner statistic sits inside the quote's piece that holds the link text.
    const inner = layer.all().find((r) => r.spec.details.text === 'partners')!;
    expect(inner.elements[0]!.parentElement!.closest('newsmark-mark')).not.toBeNull();
  });

  it('gives each mark an accessible name naming the claim', () => {
    markAll();
    const names = Array.from(document.querySelectorAll('newsmark-mark[role="button"]')).map((m) => m.getAttribute('aria-label'));
    expect(names).toContain('Quote by Tony Pham');
    expect(names).toContain('Statistic: more than 95%, source DHS');
    expect(names).toContain('Syndication notice: created by The Daily Caller News Foundation');
  });

  it('removes every mark and leaves the DOM exactly as it was', () => {
    setup();
    const before = document.body.innerHTML;
    const nodesBefore = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let countBefore = 0;
    while (nodesBefore.nextNode()) countBefore++;
    const { layer } = markAll();
    expect(document.body.innerHTML).not.toBe(before);
    layer.removeAll();
    expect(document.body.innerHTML).toBe(before);
    const nodesAfter = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let countAfter = 0;
    while (nodesAfter.nextNode()) countAfter++;
    expect(countAfter).toBe(countBefore);
    expect(layer.all()).toEqual([]);
  });

  it('keeps the text map true to the DOM after splitting', () => {
    const { map } = markAll();
    const text = map.article.text;
    for (const run of map.runs) {
      expect(run.node.isConnected).toBe(true);
      expect(run.node.data.length).toBeGreaterThanOrEqual(run.nodeOffset + run.length);
    }
    const start = text.indexOf('resolved');
    const pieces = domPieces(map, start, start + 'resolved'.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('resolved');
    const mark = document.querySelector('newsmark-mark[data-newsmark-kind="statistic"]')!;
    expect(textOffsetOf(map, mark.firstChild!, 0)).toBe(text.indexOf('more than 95%'));
  });

  it('finds an existing mark so that re-analysis does not duplicate it', () => {
    const { layer, live, specs } = markAll();
    const count = document.querySelectorAll('newsmark-mark').length;
    for (const spec of specs) {
      if (layer.existing(spec, live)) continue;
      layer.add(spec, live);
    }
    // Only the unmarkable claims (in code, in the editable box) are tried again, and they stay unmarked.
    expect(document.querySelectorAll('newsmark-mark').length).toBe(count);
  });

  it('flags a mark that carries a note and never puts note text in the DOM', () => {
    const { layer } = markAll();
    const quote = layer.all().find((r) => r.spec.details.kind === 'quote')!;
    layer.setNote(quote, 'note-1');
    expect(quote.elements.every((e) => e.hasAttribute('data-newsmark-noted'))).toBe(true);
    expect(layer.byNote('note-1')).toBe(quote);
    layer.setNote(quote, null);
    expect(quote.elements.some((e) => e.hasAttribute('data-newsmark-noted'))).toBe(false);
  });

  it('marks a claim over collapsed white space inside one text node (two pieces in one node)', () => {
    document.body.innerHTML = '<article><p>Reporting by Rodrigo Campos;\n    additional reporting by Stephanie Kelly</p></article>';
    const before = document.body.innerHTML;
    const p = document.querySelector('p')!;
    const map = buildTextMap([{ element: p, kind: 'paragraph' }]);
    const text = map.article.text;
    expect(text).toBe('Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly');
    const layer = new MarkLayer(document);
    const live = new LiveTextMap(map);
    const details = { kind: 'syndication' as const, text, origin: null };
    const record = layer.add({ start: 0, end: text.length, details, label: 'Syndication notice' }, live)!;
    expect(record.elements.length).toBe(2);
    expect(record.elements.map((e) => e.textContent).join('')).toBe(text);
    expect(p.textContent).toBe('Reporting by Rodrigo Campos;\n    additional reporting by Stephanie Kelly');
    layer.removeAll();
    expect(document.body.innerHTML).toBe(before);
  });
});
