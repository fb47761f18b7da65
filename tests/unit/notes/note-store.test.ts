import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { deleteNote, listPageNotes, restoreNote, saveNote, updateNote } from '../../../utils/notes/note-store';
import { getStats, listSites, listTags, searchNotes } from '../../../utils/notes/note-search';
import { wordsOfTerms } from '../../../utils/notes/note-terms';
import { makeDraft } from './note-factory';

let db: NotesDatabase;
let dbCount = 0;

beforeEach(async () => {
  db = new NotesDatabase(`store-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saveNote', () => {
  it('stores the note under the normalised page key and records the page', async () => {
    const note = await saveNote(db, makeDraft(), 1000);
    expect(note).toMatchObject({
      pageKey: 'https://www.example-news.com/local/plant-vote',
      pageUrl: 'https://www.example-news.com/local/plant-vote',
      pageTitle: 'Council votes to close plant',
      site: 'example-news.com',
      created: 1000,
      updated: 1000,
    });
    const page = await db.pages.get(note.pageKey);
    expect(page).toMatchObject({ firstSeen: 1000, lastSeen: 1000, siteName: 'Example News', title: 'Council votes to close plant' });
    const stored = await db.noteTerms.get(note.id);
    expect(wordsOfTerms(stored!.terms)).toEqual(expect.arrayContaining(['check', 'utility', '41', 'million', 'council', 'water']));
  });

  it('is idempotent: a retried save keeps one note and its first timestamps', async () => {
    const draft = makeDraft();
    const first = await saveNote(db, draft, 1000);
    const retried = await saveNote(db, draft, 5000);
    expect(await db.notes.count()).toBe(1);
    expect(retried).toEqual(first);
  });

  it('replaces the note when the same id is saved with new content, keeping created', async () => {
    const draft = makeDraft();
    await saveNote(db, draft, 1000);
    const edited = await saveNote(db, { ...draft, text: 'Utility report checked: figure is right.', verdict: 'confirmed' }, 2000);
    expect(edited).toMatchObject({ created: 1000, updated: 2000, verdict: 'confirmed' });
    expect((await db.notes.get(draft.id))?.text).toBe('Utility report checked: figure is right.');
  });

  it('normalises tags: trimmed, single-spaced, no duplicates ignoring case', async () => {
    const note = await saveNote(db, makeDraft({ tags: [' water  supply ', 'Water Supply', '', 'budget'] }));
    expect(note.tags).toEqual(['water supply', 'budget']);
  });
});

describe('listPageNotes', () => {
  it('finds the notes from any URL variant of the page, in reading order', async () => {
    const later = await saveNote(db, makeDraft({ quote: 'Nobody has shown us the numbers' }));
    const earlier = await saveNote(db, makeDraft({ quote: 'voted 6-3', page: { url: 'http://www.example-news.com/local/plant-vote/#top' } }));
    await saveNote(db, makeDraft({ page: { url: 'https://www.example-news.com/local/other-story' } }));
    const found = await listPageNotes(db, { url: 'https://www.example-news.com/local/plant-vote?fbclid=abc' });
    expect(found.map((note) => note.id)).toEqual([earlier.id, later.id]);
  });

  it('finds notes saved under an AMP URL with a canonical link when the page is visited at its canonical URL', async () => {
    const note = await saveNote(
      db,
      makeDraft({ page: { url: 'https://amp.example-news.com/plant-vote.amp', canonicalUrl: 'https://www.example-news.com/local/plant-vote' } }),
    );
    expect((await listPageNotes(db, { url: 'https://www.example-news.com/local/plant-vote' })).map((n) => n.id)).toEqual([note.id]);
    // And from the AMP address alone, without the canonical link (the page record keeps the alias).
    expect((await listPageNotes(db, { url: 'https://amp.example-news.com/plant-vote.amp' })).map((n) => n.id)).toEqual([note.id]);
  });
});

describe('updateNote, deleteNote and restoreNote', () => {
  it('edits text, tags and verdict, refusing an unknown id', async () => {
    const note = await saveNote(db, makeDraft(), 1000);
    const updated = await updateNote(db, { id: note.id, tags: ['budget'], verdict: null }, 3000);
    expect(updated).toMatchObject({ tags: ['budget'], verdict: null, text: note.text, updated: 3000, created: 1000 });
    expect(await searchNotes(db, { tags: ['water'] })).toEqual([]);
    await expect(updateNote(db, { id: 'missing', text: 'x' })).rejects.toThrow(/No note with id missing/);
  });

  it('deletes a note and puts it back exactly with undo', async () => {
    const note = await saveNote(db, makeDraft(), 1000);
    expect(await deleteNote(db, note.id)).toEqual(note);
    expect(await deleteNote(db, note.id)).toBeNull();
    expect(await db.notes.count()).toBe(0);
    expect(await restoreNote(db, note)).toEqual(note);
    expect(await listPageNotes(db, { url: note.pageUrl })).toEqual([note]);
  });
});

describe('searchNotes', () => {
  beforeEach(async () => {
    await saveNote(db, makeDraft({ text: 'Café owners disagree', tags: ['business'], verdict: 'misleading' }), 1000);
    await saveNote(db, makeDraft({ quote: 'voted 6-3', kind: 'selection', text: 'Close vote', tags: ['council'], verdict: null }), 2000);
    await saveNote(db, makeDraft({ kind: 'quote', text: 'Who is Whitcomb?', tags: ['people', 'Council'], page: { url: 'https://other.example/story', title: 'Neighbors angry' } }), 3000);
  });

  it('finds by word prefix in note text, quote, page title and tags, newest first', async () => {
    expect((await searchNotes(db, { text: 'cafe' })).map((n) => n.text)).toEqual(['Café owners disagree']);
    expect((await searchNotes(db, { text: 'mill' })).map((n) => n.text)).toEqual(['Who is Whitcomb?', 'Café owners disagree']);
    expect((await searchNotes(db, { text: 'neighbors angry' })).map((n) => n.text)).toEqual(['Who is Whitcomb?']);
    expect((await searchNotes(db, { text: 'busin' })).map((n) => n.text)).toEqual(['Café owners disagree']);
    expect(await searchNotes(db, { text: 'nothing-like-this' })).toEqual([]);
  });

  it('needs every word of the query', async () => {
    expect((await searchNotes(db, { text: 'whitcomb angry' })).map((n) => n.text)).toEqual(['Who is Whitcomb?']);
    expect(await searchNotes(db, { text: 'whitcomb cafe' })).toEqual([]);
    // "close" and "vote" are both in the first page's title, so both its notes match.
    expect((await searchNotes(db, { text: 'vote close' })).map((n) => n.text)).toEqual(['Close vote', 'Café owners disagree']);
  });

  it('filters by tag (any case), verdict, kind, site and date, alone or with text', async () => {
    expect((await searchNotes(db, { tags: ['council'] })).map((n) => n.text)).toEqual(['Who is Whitcomb?', 'Close vote']);
    expect((await searchNotes(db, { verdict: 'misleading' })).map((n) => n.text)).toEqual(['Café owners disagree']);
    expect((await searchNotes(db, { kind: 'selection' })).map((n) => n.text)).toEqual(['Close vote']);
    expect((await searchNotes(db, { site: 'other.example' })).map((n) => n.text)).toEqual(['Who is Whitcomb?']);
    expect((await searchNotes(db, { from: 1500, to: 2500 })).map((n) => n.text)).toEqual(['Close vote']);
    expect((await searchNotes(db, { text: 'million', site: 'example-news.com' })).map((n) => n.text)).toEqual(['Café owners disagree']);
    expect((await searchNotes(db, { tags: ['council'], kind: 'quote' })).map((n) => n.text)).toEqual(['Who is Whitcomb?']);
  });

  it('lists everything newest first, up to a limit', async () => {
    expect((await searchNotes(db, {})).map((n) => n.updated)).toEqual([3000, 2000, 1000]);
    expect((await searchNotes(db, { limit: 2 })).map((n) => n.updated)).toEqual([3000, 2000]);
    expect((await searchNotes(db, { text: 'million', limit: 1 })).map((n) => n.updated)).toEqual([3000]);
  });

  it('lists sites, tags and counts for the library filters', async () => {
    expect(await listSites(db)).toEqual(['example-news.com', 'other.example']);
    expect(await listTags(db)).toEqual(['Council', 'business', 'council', 'people']);
    expect(await getStats(db)).toEqual({ notes: 3, pages: 2 });
  });

  it('drops a site from the list once its last note is deleted, and lists it again when one is saved', async () => {
    const [whitcomb] = await searchNotes(db, { site: 'other.example' });
    await deleteNote(db, whitcomb!.id);
    expect(await listSites(db)).toEqual(['example-news.com']);
    await saveNote(db, makeDraft({ page: { url: 'https://www.third.example/a', title: 'Third' } }), 4000);
    expect(await listSites(db)).toEqual(['example-news.com', 'third.example']);
  });
});
