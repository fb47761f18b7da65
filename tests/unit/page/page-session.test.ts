// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText, Claims } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { buildTextMap } from '../../../utils/dom/text-map';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import type { Note } from '../../../utils/notes/note-types';
import { CardHost } from '../../../utils/page/card-host';
import { PageSession, type SessionServices } from '../../../utils/page/page-session';

// Stand-ins for the article and claim detectors (owned elsewhere): the <article>'s paragraphs, curly quotes and
// percentages. The session under test must work with whatever they find.
vi.mock('../../../utils/article/find-article', () => {
  const findArticle = (doc: Document) => {
    const root = doc.querySelector('article');
    const paragraphs = root ? Array.from(root.querySelectorAll('p')) : [];
    return {
      isArticle: paragraphs.length > 0,
      root,
      map: buildTextMap(paragraphs.map((element) => ({ element, kind: 'paragraph' as const }))),
      metadata: { title: doc.title, byline: null, published: null, siteName: 'The Test Gazette', canonicalUrl: null, language: 'en', structured: { publisher: null, provider: null, sourceOrganization: null, copyrightHolder: null, isBasedOn: null } },
    };
  };
  // The stepped search the session drives: pauses once, as the real one does between walks.
  return {
    findArticle,
    *findArticleSteps(doc: Document) {
      yield 'measure';
      return findArticle(doc);
    },
  };
});
vi.mock('../../../utils/claims/detect-claims', () => ({
  detectClaims: (article: ArticleText): Claims => {
    const quotes = [...article.text.matchAll(/“[^”]+”/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], speaker: 'Maria Alvarez' }));
    const statistics = [...article.text.matchAll(/\d+%/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number.parseInt(m[0], 10), unit: '%', qualifier: null, source: null }));
    const syndication = [...article.text.matchAll(/originally published by The Coastline Report/g)].map((m) => ({ kind: 'originally-published' as const, text: m[0], origin: 'The Coastline Report', start: m.index, end: m.index + m[0].length }));
    return { quotes, statistics, syndication, sourcing: { speakers: [{ name: 'Maria Alvarez', quotes: quotes.length }], sources: [], unsourcedStatistics: statistics.length } };
  },
}));

const PAGE = `
<header><h1>Fares capped</h1><p>Subscribe: 50% off “today only”</p></header>
<article>
  <h1>Fares capped</h1>
  <p>Ridership rose 12% in 2024, officials said.</p>
  <p>“Nobody should pay a penalty,” Alvarez said. “The cap does the <em>math</em> for you.”</p>
  <p>This story was originally published by The Coastline Report.</p>
</article>
<footer><p>“Footer quote” and 99% of nothing</p></footer>`;

function services(notes: Note[] = []): SessionServices {
  return {
    listNotes: vi.fn(async () => notes),
    // In process, as the background would: the request crosses a message channel, so it is copied.
    detectClaims: vi.fn(async (request) => {
      const { article, context } = structuredClone(request);
      return detectClaims(article, context);
    }),
    cardUrl: (token) => `chrome-extension://abc/note-card.html#${token}`,
    cardOrigin: 'chrome-extension://abc',
    cardTokens: { register: vi.fn(async () => undefined), forget: vi.fn(async () => undefined) },
    disableSite: vi.fn(),
  };
}

function noteOn(exact: string, kind: Note['kind'], id: string): Note {
  const paragraphs = Array.from(document.querySelectorAll('article p'));
  const map = buildTextMap(paragraphs.map((element) => ({ element, kind: 'paragraph' as const })));
  const start = map.article.text.indexOf(exact);
  const selectors = start >= 0 ? describeRange(map.article.text, start, start + exact.length) : describeRange('gone text here', 0, 4);
  return { id, kind, selectors, text: 'secret note text', tags: [], verdict: null, pageKey: 'k', pageUrl: location.href, pageTitle: null, site: null, created: 1, updated: 1 };
}

// jsdom does no layout: geometry is all zeros, scrolling does nothing.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;

const marks = (sel = '') => Array.from(document.querySelectorAll(`newsmark-mark${sel}`));

describe('PageSession', () => {
  let controller: AbortController;
  let open: ReturnType<typeof vi.spyOn>;
  let close: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    document.head.innerHTML = '<title>Fares capped</title>';
    document.body.innerHTML = PAGE;
    controller = new AbortController();
    open = vi.spyOn(CardHost.prototype, 'open').mockResolvedValue(undefined);
    close = vi.spyOn(CardHost.prototype, 'close').mockResolvedValue(undefined);
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('marks the claims of the article and nothing outside it', async () => {
    const session = new PageSession(document, services(), controller.signal);
    await session.ready;
    expect(marks('[role="button"]').map((m) => m.getAttribute('aria-label'))).toEqual([
      'Statistic: 12%, no source given',
      'Quote by Maria Alvarez',
      'Quote by Maria Alvarez',
      'Syndication notice: created by The Coastline Report',
    ]);
    expect(document.querySelector('header newsmark-mark, footer newsmark-mark')).toBeNull();
    const state = session.state();
    expect(state.summary).toBe('2 quotes \u00b7 1 speaker \u00b7 1 statistic (1 unsourced) \u00b7 Created by The Coastline Report');
    expect(state.isArticle).toBe(true);
  });

  it('asks for the claims of the article text it took, with what the page says about itself', async () => {
    const given = services();
    const session = new PageSession(document, given, controller.signal);
    await session.ready;
    expect(given.detectClaims).toHaveBeenCalledTimes(1);
    const request = vi.mocked(given.detectClaims).mock.calls[0]![0];
    expect(request.article.text).toContain('Ridership rose 12% in 2024');
    expect(request.article.text).not.toContain('Footer quote');
    expect(request.context).toMatchObject({ url: location.href, siteName: 'The Test Gazette', metadata: { title: 'Fares capped' } });
  });

  it('marks nothing and fails nothing when the claims cannot be had', async () => {
    const given = { ...services(), detectClaims: vi.fn(async () => null) };
    const session = new PageSession(document, given, controller.signal);
    await session.ready;
    expect(marks()).toEqual([]);
    expect(session.state().isArticle).toBe(false);
    const failing = { ...services(), detectClaims: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) };
    const again = new PageSession(document, failing, controller.signal);
    await expect(again.ready).resolves.toBeUndefined();
    expect(marks()).toEqual([]);
  });

  it('marks the claims still on the page when the page removed some while the answer was coming', async () => {
    const given = services();
    const answer = given.detectClaims;
    given.detectClaims = vi.fn(async (request) => {
      document.querySelector('article p:nth-of-type(2)')!.remove();
      return answer(request);
    });
    const session = new PageSession(document, given, controller.signal);
    await session.ready;
    expect(marks('[role="button"]').map((m) => m.getAttribute('aria-label'))).toEqual([
      'Statistic: 12%, no source given',
      'Syndication notice: created by The Coastline Report',
    ]);
    expect(session.state().isArticle).toBe(true);
  });

  it('puts its UI in closed shadow roots only', async () => {
    const session = new PageSession(document, services(), controller.signal);
    await session.ready;
    const hosts = Array.from(document.querySelectorAll('newsmark-ui'));
    expect(hosts.length).toBe(2); // the summary panel and the syndication line under the headline
    for (const host of hosts) expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('article h1')!.nextElementSibling!.tagName).toBe('NEWSMARK-UI');
  });

  it('opens the card with Enter or Space on a focused mark and closes it with Escape', async () => {
    const session = new PageSession(document, services(), controller.signal);
    await session.ready;
    const quote = marks('[data-newsmark-kind="quote"][role="button"]')[1] as HTMLElement;
    quote.focus();
    expect(document.activeElement).toBe(quote);
    quote.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(open).toHaveBeenCalledTimes(1);
    const subject = open.mock.calls[0]![0] as { kind: string; details: { text: string }; selectors: { quote: { exact: string } } };
    expect(subject.kind).toBe('quote');
    expect(subject.details.text).toBe('“The cap does the math for you.”');
    expect(subject.selectors.quote.exact).toBe('“The cap does the math for you.”');
    quote.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(open).toHaveBeenCalledTimes(2);
    vi.spyOn(CardHost.prototype, 'subject', 'get').mockReturnValue(subject as never);
    quote.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(close).toHaveBeenCalledWith(true);
  });

  it('marks a noted claim differently and reports a note whose text is gone as an orphan', async () => {
    const notes = [noteOn('“Nobody should pay a penalty,”', 'quote', 'n-quote'), noteOn('officials said', 'selection', 'n-sel'), noteOn('no such words', 'quote', 'n-gone')];
    const session = new PageSession(document, services(notes), controller.signal);
    await session.ready;
    const noted = marks('[data-newsmark-noted]');
    expect(noted.map((m) => m.textContent)).toEqual(['officials said', '“Nobody should pay a penalty,”']);
    expect(marks('[data-newsmark-kind="selection"]').map((m) => m.textContent)).toEqual(['officials said']);
    expect(session.state().anchors).toEqual(
      expect.arrayContaining([
        { noteId: 'n-quote', status: 'exact' },
        { noteId: 'n-sel', status: 'exact' },
        { noteId: 'n-gone', status: 'orphan' },
      ]),
    );
    expect(document.documentElement.outerHTML).not.toContain('secret note text');
    expect(session.revealNote('n-quote')).toBe(true);
    expect(document.activeElement!.textContent).toBe('“Nobody should pay a penalty,”');
    expect(session.revealNote('n-gone')).toBe(false);
  });

  it('marks paragraphs that arrive later, once, and never its own mutations', async () => {
    const session = new PageSession(document, services(), controller.signal);
    await session.ready;
    const before = marks().length;
    const p = document.createElement('p');
    p.textContent = '“A later quote,” she said, and 40% agreed.';
    document.querySelector('article')!.appendChild(p);
    await vi.waitFor(() => expect(marks('[role="button"]').length).toBe(6), { timeout: 4000 });
    expect(marks().filter((m) => m.textContent === '12%').length).toBe(1);
    const count = marks().length;
    expect(count).toBeGreaterThan(before);
    // No new content: nothing more happens.
    await new Promise((r) => setTimeout(r, 1500));
    expect(marks().length).toBe(count);
    expect(session.state().counts.quotes).toBe(3);
  });

  it('leaves the page exactly as it was when its run ends', async () => {
    const before = document.body.innerHTML;
    const session = new PageSession(document, services([noteOn('officials said', 'selection', 'n-sel')]), controller.signal);
    await session.ready;
    expect(document.body.innerHTML).not.toBe(before);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.querySelector('newsmark-ui, style[data-newsmark]')).toBeNull();
  });

  it('starts a note on a selection inside the article, not outside it', async () => {
    const session = new PageSession(document, services(), controller.signal);
    await session.ready;
    const selection = document.getSelection()!;
    const outside = document.createRange();
    outside.selectNodeContents(document.querySelector('footer p')!);
    selection.removeAllRanges();
    selection.addRange(outside);
    expect(session.noteSelection()).toBe(false);
    const text = document.querySelector('article p')!.firstChild!; // "Ridership rose "
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Ridership rose'.length);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(session.noteSelection()).toBe(true);
    const subject = open.mock.calls.at(-1)![0] as { kind: string; selectors: { quote: { exact: string; suffix: string } } };
    expect(subject.kind).toBe('selection');
    expect(subject.selectors.quote.exact).toBe('Ridership rose');
    expect(subject.selectors.quote.suffix.startsWith(' 12% in 2024')).toBe(true);
  });
});
