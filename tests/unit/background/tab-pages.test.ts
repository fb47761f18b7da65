import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotesHandlers } from '../../../utils/background/notes-service';
import { MAX_REMEMBERED_TABS, TabPages, type SessionArea } from '../../../utils/background/tab-pages';
import { NotesDatabase } from '../../../utils/notes/database';
import { ImportStaging } from '../../../utils/notes/import/import-staging';
import { makeDraft } from '../notes/note-factory';

/** browser.storage.session as a plain map, shared by the TabPages of a "restarted" worker. */
class FakeSession implements SessionArea {
  readonly items = new Map<string, unknown>();
  async get(key: string) {
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.items.delete(key);
  }
}

const article = { url: 'https://www.example-news.com/local/plant-vote', title: 'Plant vote' };
const other = { url: 'https://www.example-news.com/local/ferry-strike', title: 'Ferry strike' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TabPages', () => {
  it('recalls the page a tab last told, and nothing for a tab it never heard of', async () => {
    const pages = new TabPages();
    pages.remember(4, article);
    pages.remember(4, other);
    pages.remember(9, article);
    expect(await pages.recall(4)).toEqual(other);
    expect(await pages.recall(9)).toEqual(article);
    expect(await pages.recall(5)).toBeNull();
  });

  it('survives a restarted worker through the session area, and forgets a closed tab there too', async () => {
    const session = new FakeSession();
    const before = new TabPages(session);
    before.remember(4, article);
    before.remember(6, other);
    before.forget(6);
    await settle();
    const after = new TabPages(session);
    expect(after.size).toBe(0);
    expect(await after.recall(4)).toEqual(article);
    expect(await after.recall(6)).toBeNull();
    expect([...session.items.keys()]).toHaveLength(1);
  });

  it('ignores a stored value that is not a page', async () => {
    const session = new FakeSession();
    new TabPages(session).remember(4, article);
    await settle();
    const [key] = session.items.keys();
    session.items.set(key!, { url: 'javascript:alert(1)' });
    expect(await new TabPages(session).recall(4)).toBeNull();
  });

  it('keeps at most MAX_REMEMBERED_TABS tabs, dropping the one told longest ago', async () => {
    const session = new FakeSession();
    const pages = new TabPages(session);
    for (let tab = 1; tab <= MAX_REMEMBERED_TABS; tab++) pages.remember(tab, { url: `https://news.example/story/${tab}` });
    pages.remember(1, article);
    pages.remember(MAX_REMEMBERED_TABS + 1, other);
    await settle();
    expect(pages.size).toBe(MAX_REMEMBERED_TABS);
    expect(session.items.size).toBe(MAX_REMEMBERED_TABS);
    expect(await pages.recall(2)).toBeNull();
    expect(await pages.recall(1)).toEqual(article);
    expect(await pages.recall(MAX_REMEMBERED_TABS + 1)).toEqual(other);
  });
});

describe('listTabNotes', () => {
  let db: NotesDatabase | null = null;
  afterEach(async () => {
    db?.close();
    await db?.delete();
    db = null;
  });

  it("answers the notes of the page the tab's top frame last listed", async () => {
    db = new NotesDatabase(`tab-notes-${Date.now()}`);
    const handlers = createNotesHandlers(db, new ImportStaging(), new TabPages());
    const saved = await handlers.saveNote(makeDraft());
    const page = { url: `${saved.pageUrl}?utm_source=feed`, title: 'Plant vote' };
    expect(await handlers.listTabNotes(12)).toEqual({ page: null, notes: [] });

    await handlers.listPageNotes(page, { tab: { id: 12 }, frameId: 0 });
    // A framed page in the same tab (an ad, the note card) does not replace the article.
    await handlers.listPageNotes({ url: 'https://ads.example/frame' }, { tab: { id: 12 }, frameId: 3 });
    // Nor does an extension page, which is in no tab.
    await handlers.listPageNotes({ url: 'https://ads.example/frame' }, {});
    expect(await handlers.listTabNotes(12)).toEqual({ page, notes: [saved] });
  });

  it('rejects a payload that is not a tab id', async () => {
    db = new NotesDatabase(`tab-notes-bad-${Date.now()}`);
    const handlers = createNotesHandlers(db);
    await expect(handlers.listTabNotes('12')).rejects.toThrow(/Invalid listTabNotes message/);
    await expect(handlers.listTabNotes(-1)).rejects.toThrow(/Invalid listTabNotes message/);
  });
});
