import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, NotesDatabase } from '../../../utils/notes/database';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import type { Note } from '../../../utils/notes/note-types';
import { listPageNotes } from '../../../utils/notes/note-store';
import { wordsOfTerms } from '../../../utils/notes/note-terms';
import { searchNotes } from '../../../utils/notes/note-search';

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
    expect(stored.every((note) => wordsOfTerms(note.terms).includes('girders'))).toBe(true);
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
});
