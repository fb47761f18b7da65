// @vitest-environment happy-dom
// happy-dom, not jsdom: under jsdom the fake browser's import chain loads esbuild, whose TextEncoder check fails there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { ArticleText, Claims } from '../../../utils/analysis/types';
import { createClaimsHandlers } from '../../../utils/background/claims-service';
import { notesMessageListener } from '../../../utils/background/notes-service';
import { buildTextMap } from '../../../utils/dom/text-map';
import { tabMessenger } from '../../../utils/messaging/protocol';
import { runNewsmark } from '../../../utils/page/newsmark-page';
import { setSiteDisabled } from '../../../utils/page/site-preference';

// Stand-ins for the detectors owned elsewhere: the <article>'s paragraphs, and curly-quoted quotations.
vi.mock('../../../utils/article/find-article', () => {
  const findArticle = (doc: Document) => {
    const root = doc.querySelector('article');
    const paragraphs = root ? Array.from(root.querySelectorAll('p')) : [];
    return {
      isArticle: paragraphs.length > 0,
      root,
      map: buildTextMap(paragraphs.map((element) => ({ element, kind: 'paragraph' as const }))),
      metadata: { title: doc.title, byline: null, published: null, siteName: null, canonicalUrl: null, language: 'en', structured: { publisher: null, provider: null, sourceOrganization: null, copyrightHolder: null, isBasedOn: null } },
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
  detectClaims: (article: ArticleText): Claims => ({
    quotes: [...article.text.matchAll(/“[^”]+”/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], speaker: null })),
    statistics: [],
    syndication: [],
    sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 },
  }),
}));

const STORY_A = '<article><p>“Ferries run at dawn,” the director said.</p></article>';
const STORY_B = '<article><p>“Libraries stay open late,” the chair said.</p></article>';
const markTexts = () => Array.from(document.querySelectorAll('newsmark-mark'), (m) => m.textContent);

describe('runNewsmark', () => {
  let run: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's answer to detectClaims (the content script no longer runs the detectors itself).
    fakeBrowser.runtime.onMessage.addListener(notesMessageListener(createClaimsHandlers()));
    history.replaceState({}, '', '/news/ferries');
    document.body.innerHTML = STORY_A;
    run = new AbortController();
  });
  afterEach(() => run.abort());

  it('removes everything it added when the extension goes away', async () => {
    const before = document.documentElement.innerHTML;
    runNewsmark(run.signal);
    await vi.waitFor(() => expect(markTexts()).toEqual(['“Ferries run at dawn,”']));
    expect(document.querySelector('newsmark-ui')).not.toBeNull();
    run.abort();
    expect(document.documentElement.innerHTML).toBe(before);
  });

  it('starts over after a pushState navigation, but not for a change of fragment', async () => {
    runNewsmark(run.signal);
    await vi.waitFor(() => expect(markTexts()).toEqual(['“Ferries run at dawn,”']));
    const first = document.querySelector('newsmark-mark')!;
    history.pushState({}, '', '/news/ferries#comments');
    await new Promise((r) => setTimeout(r, 800));
    expect(document.querySelector('newsmark-mark')).toBe(first);
    document.querySelector('article')!.outerHTML = STORY_B;
    history.pushState({}, '', '/news/libraries');
    await vi.waitFor(() => expect(markTexts()).toEqual(['“Libraries stay open late,”']), { timeout: 3000 });
    expect(document.querySelectorAll('newsmark-ui[style*="fixed"]').length).toBe(1);
  });

  it('stays off on a site the reader turned it off for, and comes back when turned on', async () => {
    await setSiteDisabled(location.hostname, true);
    runNewsmark(run.signal);
    await new Promise((r) => setTimeout(r, 300));
    expect(markTexts()).toEqual([]);
    await setSiteDisabled(location.hostname, false);
    await vi.waitFor(() => expect(markTexts()).toEqual(['“Ferries run at dawn,”']));
  });

  it('tells the popup the host it is off on, and nothing of the kind once it runs again', async () => {
    // The fake browser has no tabs.sendMessage: the test asks the handler the content script registers.
    const handlers = new Map<string, () => unknown>();
    const onMessage = vi.spyOn(tabMessenger, 'onMessage').mockImplementation(((type: string, handler: () => unknown) => {
      handlers.set(type, handler);
      return () => undefined;
    }) as never);
    const pageState = async () => (await handlers.get('getPageState')!()) as { disabledOn?: string; isArticle: boolean };
    await setSiteDisabled(location.hostname, true);
    runNewsmark(run.signal);
    onMessage.mockRestore();
    await vi.waitFor(async () => expect((await pageState()).disabledOn).toBe(location.hostname));
    await setSiteDisabled(location.hostname, false);
    await vi.waitFor(() => expect(markTexts()).toEqual(['“Ferries run at dawn,”']));
    const on = await pageState();
    expect(on.disabledOn).toBeUndefined();
    expect(on.isArticle).toBe(true);
  });
});
