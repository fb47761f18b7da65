import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, NotesDatabase } from '../../../utils/notes/database';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import type { Note } from '../../../utils/notes/note-types';
import { listPageNotes } from '../../../utils/notes/note-store';
import { notePairs, noteTerms, PAIR_PREFIX, wordsOfTerms } from '../../../utils/notes/note-terms';
import { searchNotePage, searchNotes } from '../../../utils/notes/note-search';
import { indexWords } from '../../../utils/notes/search-words';

const KINDS = ['quote', 'statistic', 'syndication', 'selection'] as const;
const VERDICTS = ['verify', 'confirmed', 'misleading', null] as const;
const TEXT = 'Officials said the bridge would reopen in May, though inspectors found 14 cracked girders last week.';

/** Rows exactly as version 1 wrote them: pages without site or aliases, notes without words. */
function version1Rows(pageCount: number, notesPerPage: number) {
  const pages = [];
  const notes: Note[] = [];
  for (let p = 0; p < pageCount; p++) {
    const url = `https://www.site${p % 7}.example/news/story-${p}`;
    pages.push({ key: url, url, canonicalUrl: null, title: `Bridge story ${p}`, siteName: `Site ${p % 7}`, origin: null, firstSeen: p, lastSeen: p + 1 });
    for (let n = 0; n < notesPerPage; n++) {
      const i = p * notesPerPage + n;
      notes.push({
        id: `note-${i}`,
        pageKey: url,
        pageUrl: url,
        pageTitle: `Bridge story ${p}`,
        site: `site${p % 7}.example`,
        kind: KINDS[i % KINDS.length]!,
        selectors: describeRange(TEXT, n, n + 20),
        text: `Note ${i} about girders <b>and</b> "quotes"`,
        tags: i % 3 === 0 ? ['bridges', `batch-${i % 5}`] : [],
        verdict: VERDICTS[i % VERDICTS.length]!,
        created: 1_700_000_000_000 + i,
        updated: 1_700_000_000_000 + i * 2,
      });
    }
  }
  return { pages, notes };
}

/** Pages as version 2 and later store them: with their site and their own key as an alias. */
function withSites<Page extends { url: string; key: string }>(pages: Page[]) {
  return pages.map((page) => ({ ...page, site: new URL(page.url).hostname.replace(/^www\./, ''), aliases: [page.key] }));
}

/** Writes rows as schema `version` stored them, then opens the database as this code does (upgrading it). */
async function upgradeFrom(version: number, name: string, pages: object[], notes: object[]): Promise<NotesDatabase> {
  const old = new NotesDatabase(name, version);
  await old.table('pages').bulkPut(pages);
  await old.table('notes').bulkPut(notes);
  expect(old.verno).toBe(version);
  old.close();
  const db = new NotesDatabase(name);
  await db.open();
  expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  return db;
}

describe('schema upgrade', () => {
  it('opens a version-1 database full of notes, upgrades it and keeps every note intact', async () => {
    const name = 'upgrade-test';
    const old = new NotesDatabase(name, 1);
    const { pages, notes } = version1Rows(60, 25);
    await old.table('pages').bulkPut(pages);
    await old.table('notes').bulkPut(notes);
    expect(old.verno).toBe(1);
    expect(old.tables.find((t) => t.name === 'notes')!.schema.indexes.map((i) => i.name)).not.toContain('words');
    old.close();

    const db = new NotesDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(1);

    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(notes.length);
    const byId = new Map(stored.map((note) => [note.id, note]));
    for (const note of notes) expect(byId.get(note.id)).toMatchObject(note);

    // The new indexes were backfilled, so the new queries see the old notes.
    const terms = await db.noteTerms.toArray();
    expect(terms).toHaveLength(notes.length);
    expect(terms.every((record) => wordsOfTerms(record.terms).includes('girders'))).toBe(true);
    expect(await searchNotes(db, { text: 'girders bridge' })).toHaveLength(notes.length);
    expect(await searchNotes(db, { text: 'note 1234' })).toHaveLength(1);
    expect(await searchNotes(db, { site: 'site3.example' })).toHaveLength(notes.filter((n) => n.site === 'site3.example').length);
    expect(await searchNotes(db, { verdict: 'misleading' })).toHaveLength(notes.filter((n) => n.verdict === 'misleading').length);
    expect(await searchNotes(db, { tags: ['BRIDGES'] })).toHaveLength(notes.filter((n) => n.tags.includes('bridges')).length);

    // Many matches and a limit: read newest first along the date index, same answer as sorting them all.
    const everyMatch = await searchNotes(db, { text: 'girders' });
    expect((await searchNotes(db, { text: 'girders', limit: 30 })).map((n) => n.id)).toEqual(everyMatch.slice(0, 30).map((n) => n.id));
    const misleading = everyMatch.filter((n) => n.verdict === 'misleading');
    expect((await searchNotes(db, { text: 'girders', verdict: 'misleading', limit: 7 })).map((n) => n.id)).toEqual(
      misleading.slice(0, 7).map((n) => n.id),
    );

    const pageAfter = await db.pages.get(pages[5]!.key);
    expect(pageAfter).toMatchObject({ ...pages[5], site: 'site5.example', aliases: [pages[5]!.key] });
    expect(await listPageNotes(db, { url: `${pages[5]!.url}?utm_source=x` })).toHaveLength(25);

    db.close();
    await db.delete();
  }, 60_000);

  it('opens a version-2 database full of notes, moves it to version 3 terms and finds every note and every search result', async () => {
    const name = 'upgrade-test-v2';
    const { pages, notes } = version1Rows(40, 25);
    // Rows exactly as version 2 wrote them: words and lower-cased tags beside the note.
    const v2Notes = notes.map((note) => ({
      ...note,
      words: indexWords(note.text, note.selectors.quote.exact, note.pageTitle, ...note.tags),
      tagKeys: [...new Set(note.tags.map((tag) => tag.toLowerCase()))],
    }));
    const db = await upgradeFrom(2, name, withSites(pages), v2Notes);
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(notes.length);
    const byId = new Map(stored.map((note) => [note.id, note]));
    for (const note of notes) {
      const record = byId.get(note.id)!;
      expect(record).toMatchObject(note);
      expect(record).not.toHaveProperty('words');
      expect(record).not.toHaveProperty('tagKeys');
    }

    const newestFirst = (list: Note[]) => [...list].sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1)).map((n) => n.id);
    const cases: [Parameters<typeof searchNotes>[1], (note: Note) => boolean][] = [
      [{ text: 'girders' }, () => true],
      // "12" is a prefix: note 12, 120-129 and every note on the page titled "Bridge story 12".
      [{ text: 'note 12' }, (n) => indexWords(n.text, n.pageTitle).some((word) => word.startsWith('12'))],
      [{ text: 'bridge stor' }, () => true],
      [{ tags: ['BRIDGES'] }, (n) => n.tags.includes('bridges')],
      [{ site: 'site3.example' }, (n) => n.site === 'site3.example'],
      [{ verdict: 'misleading', kind: 'syndication' }, (n) => n.verdict === 'misleading' && n.kind === 'syndication'],
      [{ text: 'girders', tags: ['batch-2'], from: notes[100]!.updated, to: notes[800]!.updated }, (n) => n.tags.includes('batch-2') && n.updated >= notes[100]!.updated && n.updated <= notes[800]!.updated],
    ];
    for (const [query, matches] of cases) {
      const expected = newestFirst(notes.filter(matches));
      expect(expected.length).toBeGreaterThan(0);
      expect((await searchNotes(db, query)).map((n) => n.id)).toEqual(expected);
      const first = await searchNotePage(db, { ...query, limit: 20 });
      expect(first.notes.map((n) => n.id)).toEqual(expected.slice(0, 20));
      expect(first.more).toBe(expected.length > 20);
      if (first.total !== null) expect(first.total).toBe(expected.length);
    }
    expect(await listPageNotes(db, { url: pages[7]!.url })).toHaveLength(25);

    db.close();
    await db.delete();
  }, 60_000);

  it('opens a version-3 database full of notes, moves their terms to their own table and finds every note', async () => {
    const name = 'upgrade-test-v3';
    // More notes than one step of the upgrade moves, so it takes several.
    const { pages, notes } = version1Rows(100, 25);
    // Rows exactly as version 3 wrote them: the terms inside the note.
    const db = await upgradeFrom(3, name, withSites(pages), notes.map((note) => ({ ...note, terms: noteTerms(note) })));
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(notes.length);
    const byId = new Map(stored.map((note) => [note.id, note]));
    for (const note of notes) expect(byId.get(note.id)).toEqual(note);
    expect(db.notes.schema.indexes.map((index) => index.name)).not.toContain('terms');
    const terms = new Map((await db.noteTerms.toArray()).map((record) => [record.id, record.terms]));
    expect(terms.size).toBe(notes.length);
    for (const note of notes) expect(terms.get(note.id)).toEqual(noteTerms(note));
    const counted = new Map<string, number>();
    // Version 5 adds the pairs of filters, counted with the terms.
    for (const note of notes) for (const [term] of [...noteTerms(note), ...notePairs(note)]) counted.set(term, (counted.get(term) ?? 0) + 1);
    expect(new Map((await db.termCounts.toArray()).map(({ term, count }) => [term, count]))).toEqual(counted);

    expect((await searchNotes(db, { text: 'girders', verdict: 'misleading' })).length).toBe(notes.filter((n) => n.verdict === 'misleading').length);
    expect((await searchNotePage(db, { tags: ['bridges'], limit: 10 })).total).toBe(notes.filter((n) => n.tags.includes('bridges')).length);
    expect(await listPageNotes(db, { url: pages[42]!.url })).toHaveLength(25);

    db.close();
    await db.delete();
  }, 120_000);
  it('opens a version-4 database full of notes, adds the pairs of their filters as terms and counts them', async () => {
    const name = 'upgrade-test-v4';
    const { pages, notes } = version1Rows(100, 25);
    const db = await upgradeFrom(4, name, withSites(pages), notes);
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(notes.length);
    const byId = new Map(stored.map((note) => [note.id, note]));
    for (const note of notes) expect(byId.get(note.id)).toEqual(note);
    const terms = new Map((await db.noteTerms.toArray()).map((record) => [record.id, record.terms]));
    for (const note of notes) expect(terms.get(note.id)).toEqual(noteTerms(note));
    const pairs = new Map((await db.notePairs.toArray()).map((record) => [record.id, record.terms]));
    expect(pairs.size).toBe(notes.length);
    for (const note of notes) expect(pairs.get(note.id)).toEqual(notePairs(note));
    const counted = new Map<string, number>();
    for (const note of notes) for (const [term] of [...noteTerms(note), ...notePairs(note)]) counted.set(term, (counted.get(term) ?? 0) + 1);
    expect([...counted.keys()].filter((term) => term.startsWith(PAIR_PREFIX)).length).toBeGreaterThan(20);
    expect(new Map((await db.termCounts.toArray()).map(({ term, count }) => [term, count]))).toEqual(counted);

    const misleadingBridges = notes.filter((n) => n.verdict === 'misleading' && n.tags.includes('bridges'));
    expect(misleadingBridges.length).toBeGreaterThan(25);
    const first = await searchNotePage(db, { verdict: 'misleading', tags: ['Bridges'], limit: 25 });
    expect(first.total).toBe(misleadingBridges.length);
    expect(first.notes.map((n) => n.id)).toEqual([...misleadingBridges].sort((a, b) => b.updated - a.updated).slice(0, 25).map((n) => n.id));
    const threeFilters = notes.filter((n) => n.verdict === 'verify' && n.kind === 'quote' && n.site === 'site2.example');
    expect(threeFilters.length).toBeGreaterThan(0);
    expect((await searchNotes(db, { verdict: 'verify', kind: 'quote', site: 'site2.example' })).map((n) => n.id).sort()).toEqual(threeFilters.map((n) => n.id).sort());

    db.close();
    await db.delete();
  }, 120_000);
});
