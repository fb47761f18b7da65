import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CACHED_PAGES, PageNotesCache } from '../../../utils/background/page-notes-cache';
import { NotesDatabase } from '../../../utils/notes/database';
import { deleteNote, listPageNotes, restoreNote, saveNote, updateNote } from '../../../utils/notes/note-store';
import { makeDraft } from '../notes/note-factory';

/** The cache the popup reads a tab's notes from: it must never answer with notes older than the store's. */

const PAGE = { url: 'https://www.example-news.com/local/plant-vote' };

let db: NotesDatabase;
let count = 0;

beforeEach(async () => {
  db = new NotesDatabase(`page-notes-cache-${++count}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('PageNotesCache', () => {
  it('answers a second listing from memory while nothing was written', async () => {
    await saveNote(db, makeDraft(), 1000);
    const cache = new PageNotesCache(db);
    const reads = vi.spyOn(db.notes, 'where');
    expect(await cache.list(PAGE)).toHaveLength(1);
    const readsAfterFirst = reads.mock.calls.length;
    expect(readsAfterFirst).toBeGreaterThan(0);
    // The same page under a tracking parameter is the same page.
    expect(await cache.list({ url: `${PAGE.url}?utm_source=newsletter` })).toHaveLength(1);
    expect(reads.mock.calls.length).toBe(readsAfterFirst);
  });

  it('reads the store again after a save, an edit, a delete and an undo', async () => {
    const cache = new PageNotesCache(db);
    const first = await saveNote(db, makeDraft(), 1000);
    expect((await cache.list(PAGE)).map((note) => note.text)).toEqual(['Check the utility report.']);
    await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
    expect(await cache.list(PAGE)).toHaveLength(2);
    await updateNote(db, { id: first.id, text: 'Report read.' }, 3000);
    expect((await cache.list(PAGE)).map((note) => note.text)).toContain('Report read.');
    const deleted = await deleteNote(db, first.id);
    expect(await cache.list(PAGE)).toHaveLength(1);
    await restoreNote(db, deleted!);
    expect(await cache.list(PAGE)).toHaveLength(2);
  });

  it('reads the store again after a page alone changed: a new alias can bring notes to a URL', async () => {
    const cache = new PageNotesCache(db);
    const amp = { url: 'https://amp.example-news.com/plant-vote.amp' };
    const draft = makeDraft();
    await saveNote(db, draft, 1000);
    expect(await cache.list(amp)).toEqual([]);
    // A retried save from the AMP address: the note is unchanged, only its page learns the alias.
    await saveNote(db, { ...draft, page: { ...amp, canonicalUrl: PAGE.url, title: draft.page.title } }, 2000);
    expect(await db.notes.get(draft.id)).toMatchObject({ updated: 1000 });
    expect(await cache.list(amp)).toHaveLength(1);
  });

  it('does not keep as current a listing that a write overtook while it was being read', async () => {
    await saveNote(db, makeDraft(), 1000);
    let overtaken = false;
    // The read has its answer, and a save lands before the cache has stored it.
    const cache = new PageNotesCache(db, async (database, page) => {
      const notes = await listPageNotes(database, page);
      if (!overtaken) {
        overtaken = true;
        await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
      }
      return notes;
    });
    expect(await cache.list(PAGE)).toHaveLength(1);
    expect(await cache.list(PAGE)).toHaveLength(2);
  });

  it('forgets the least recently listed page past its bound', async () => {
    const cache = new PageNotesCache(db);
    await saveNote(db, makeDraft(), 1000);
    await cache.list(PAGE);
    for (let i = 0; i < MAX_CACHED_PAGES; i++) await cache.list({ url: `https://other.example/story-${i}` });
    const reads = vi.spyOn(db.notes, 'where');
    expect(await cache.list(PAGE)).toHaveLength(1);
    expect(reads).toHaveBeenCalled();
  });
});
