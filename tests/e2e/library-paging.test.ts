import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { axeViolations, draft, reloadApp, seedNotes, sendToBackground, until } from './library-helpers';
import type { Note } from '../../utils/notes/note-types';

/**
 * A library bigger than two pages, read a page at a time with "Show more" from the keyboard, while notes are
 * edited in between: every note is shown once, none is skipped, and the count and focus follow.
 */

const NOTES = 130;
const PAGES = 13;
const PAGE_SIZE = 50;

describe.each(BROWSERS)('%s: the library shows more notes a page at a time', (name) => {
  let browser: ExtensionBrowser;
  let library: TestPage;
  let seeded: Note[];

  beforeAll(async () => {
    browser = await launchExtensionBrowser(name);
    library = await browser.openLibrary();
    await library.waitFor('.nm-empty');
    seeded = await seedNotes(
      library,
      Array.from({ length: NOTES }, (_, i) =>
        draft({
          id: `paging-${String(i).padStart(3, '0')}`,
          url: `https://paging.example/story-${i % PAGES}`,
          exact: `Claim number ${i} in the story`,
          text: `Note ${i}`,
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: `Claim number ${i} in the story`, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + 30 },
          },
        }),
      ),
    );
    await reloadApp(library, '[data-note-id]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const ids = () => library.evaluate(() => [...document.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id')!), undefined);
  const status = () => library.evaluate(() => document.querySelector('.nm-results-count')?.textContent ?? '', undefined);
  /** The note whose button has keyboard focus, and which button it is. */
  const focusedNote = () =>
    library.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return { note: active?.closest<HTMLElement>('[data-note-id]')?.dataset.noteId ?? null, edit: !!active?.classList.contains('nm-edit') };
    }, undefined);
  const moreHasFocus = () => library.evaluate(() => !!document.activeElement?.classList.contains('nm-more'), undefined);

  /** Tabs forward, as a keyboard user does, until "Show more" has focus (fails if it is not in the tab order). */
  async function tabToShowMore(): Promise<number> {
    for (let presses = 1; presses <= 600; presses++) {
      await library.press('Tab');
      if (await moreHasFocus()) return presses;
    }
    throw new Error('"Show more notes" was never reached with Tab');
  }

  /**
   * Records the searches the library sends from now on. It wraps the runtime's sendMessage in the page, which
   * the library's messenger calls at send time (webextension-polyfill in Chromium, the native API in Firefox).
   */
  async function recordSearches(): Promise<void> {
    await library.evaluate(() => {
      type Runtime = { sendMessage(...args: unknown[]): unknown };
      const api = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime }; __searches?: unknown[] };
      api.__searches = [];
      if ((globalThis as unknown as { __recording?: boolean }).__recording) return;
      (globalThis as unknown as { __recording?: boolean }).__recording = true;
      for (const runtime of new Set([api.browser?.runtime, api.chrome?.runtime].filter((r): r is Runtime => !!r))) {
        const send = runtime.sendMessage.bind(runtime);
        runtime.sendMessage = (...args: unknown[]) => {
          const message = args.find((arg): arg is { type: string; data: unknown } => typeof arg === 'object' && arg !== null && 'type' in arg);
          if (message?.type === 'searchNotePage') api.__searches!.push(message.data);
          return send(...args);
        };
      }
    }, undefined);
  }
  const searches = () => library.evaluate(() => (globalThis as unknown as { __searches: object[] }).__searches, undefined);

  /** Presses Enter on "Show more" and waits for the list to grow; answers the ids before and after. */
  async function showMoreByKeyboard(expected: number): Promise<{ before: string[]; after: string[] }> {
    const before = await ids();
    await tabToShowMore();
    await recordSearches();
    await library.press('Enter');
    const after = await until(ids, (list) => list.length === expected, 15_000);
    return { before, after };
  }

  /** What "Show more" asked the store for: the page after the last note read, and the notes changed since. */
  async function expectOnePageRead(lastRead: Note) {
    const sent = (await searches()) as { limit?: number; after?: unknown; from?: number }[];
    const pages = sent.filter((query) => query.after !== undefined);
    expect(pages).toEqual([{ limit: PAGE_SIZE, after: { updated: lastRead.updated, id: lastRead.id } }]);
    expect(sent.filter((query) => query.after === undefined).every((query) => query.from !== undefined && query.limit === PAGE_SIZE)).toBe(true);
  }

  /** The notes in the store's order (newest first, then id), as seeded. */
  const storeOrder = () => [...seeded].sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1));

  /** The first note in reading order among `added`: where focus belongs after "Show more". */
  const firstOf = (order: string[], added: Set<string>) => order.find((id) => added.has(id));

  it('reads the newest 50 first and counts every note', async () => {
    expect(seeded).toHaveLength(NOTES);
    const shown = await ids();
    expect(shown).toHaveLength(PAGE_SIZE);
    expect(new Set(shown).size).toBe(PAGE_SIZE);
    await until(status, (text) => text === `${NOTES} notes; showing the newest ${PAGE_SIZE}.`);
    expect(await library.evaluate(() => document.querySelector('.nm-results-count')!.getAttribute('aria-live'), undefined)).toBe('polite');
  });

  it('"Show more" by keyboard adds the next 50, moves focus to the first new note, and repeats none', async () => {
    await library.evaluate(() => (document.querySelector('input[type="search"]') as HTMLInputElement).focus(), undefined);
    const { before, after } = await showMoreByKeyboard(2 * PAGE_SIZE);
    await expectOnePageRead(storeOrder()[PAGE_SIZE - 1]!);
    expect(new Set(after).size).toBe(2 * PAGE_SIZE);
    expect([...after].sort()).toEqual(storeOrder().slice(0, 2 * PAGE_SIZE).map((note) => note.id).sort());
    expect(after.filter((id) => before.includes(id))).toHaveLength(PAGE_SIZE);
    const added = new Set(after.filter((id) => !before.includes(id)));
    await until(focusedNote, (focus) => focus.note === firstOf(after, added) && focus.edit);
    await until(status, (text) => text === `${NOTES} notes; showing the newest ${2 * PAGE_SIZE}.`);
  });

  it('after edits in between, the last "Show more" brings every other note once, the edited ones on top', async () => {
    const shown = await ids();
    const notShown = seeded.map((note) => note.id).filter((id) => !shown.includes(id));
    // Another tab edits one note already listed and one the library has not reached: both become the newest.
    const editedShown = shown[shown.length - 1]!;
    const editedUnseen = notShown[notShown.length - 1]!;
    await sendToBackground(library, 'updateNote', { id: editedShown, text: 'Edited in another tab (listed).' });
    await sendToBackground(library, 'updateNote', { id: editedUnseen, text: 'Edited in another tab (not reached yet).' });

    const { before, after } = await showMoreByKeyboard(NOTES);
    // The page read starts after the last note read before the edits, as it was then.
    await expectOnePageRead(storeOrder()[2 * PAGE_SIZE - 1]!);
    expect(new Set(after).size).toBe(NOTES);
    expect([...after].sort()).toEqual(seeded.map((note) => note.id).sort());
    expect(await library.count('.nm-more')).toBe(0);
    await until(status, (text) => text === `${NOTES} notes on ${PAGES} pages.`);
    // The note edited before the library reached it is shown with its new text, in the page listed first (newest).
    const firstPageIds = await library.evaluate(
      () => [...document.querySelectorAll('.nm-page')[0]!.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id')),
      undefined,
    );
    expect(firstPageIds).toContain(editedUnseen);
    expect(await library.texts(`[data-note-id="${editedUnseen}"] .nm-note__text`)).toEqual(['Edited in another tab (not reached yet).']);
    expect(await library.texts(`[data-note-id="${editedShown}"] .nm-note__text`)).toEqual(['Edited in another tab (listed).']);
    const added = new Set(after.filter((id) => !before.includes(id)));
    await until(focusedNote, (focus) => focus.note === firstOf(after, added) && focus.edit);
  });

  it('axe-core finds no violation with every page shown', async () => {
    expect(await axeViolations(library)).toEqual([]);
  });
});
