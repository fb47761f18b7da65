import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportNotes } from '../../../utils/notes/export/export-notes';
import { exportStore } from '../../../utils/notes/export/export-store';
import { CLAIM_KINDS, VERDICTS, type ExportFormat, type Note, type NoteQuery } from '../../../utils/notes/note-types';
import { searchNotes } from '../../../utils/notes/note-search';

// Any text a page or a reader may produce: markup, quotes, emoji, control characters, lone surrogates.
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const FORMATS: ExportFormat[] = ['jsonld', 'markdown', 'csv'];
const EXPORTED_AT = Date.UTC(2026, 10, 28, 21);

const noteArbitrary = (pageCount: number): fc.Arbitrary<Note> =>
  fc
    .record({
      id: fc.uuid(),
      page: fc.nat(pageCount - 1),
      kind: fc.constantFrom(...CLAIM_KINDS),
      exact: anyText(60),
      start: fc.nat(5000),
      text: anyText(80),
      tags: fc.uniqueArray(fc.constantFrom('water', 'budget', '<b>', '=SUM(A1)'), { maxLength: 3 }),
      verdict: fc.constantFrom(null, ...VERDICTS),
      title: fc.option(anyText(30), { nil: null }),
      created: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    })
    .map(({ page, exact, start, title, created, ...rest }) => ({
      ...rest,
      selectors: {
        quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'before ', suffix: ' after' },
        position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
      },
      pageKey: `https://news-${page % 3}.example/story/${page}`,
      pageUrl: `https://news-${page % 3}.example/story/${page}`,
      pageTitle: title,
      site: `news-${page % 3}.example`,
      created,
      updated: created + 1000,
    }));

/** A collection of 0 to 60 notes on up to 12 pages; a page's notes are spread over the store's read slices. */
const collectionArbitrary = fc.integer({ min: 1, max: 12 }).chain((pages) =>
  fc.uniqueArray(noteArbitrary(pages), { maxLength: 60, selector: (note) => note.id }),
);

const inExportOrder = (notes: readonly Note[]) =>
  [...notes].sort((a, b) => (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The one-shot export as a file: a Blob turns a lone surrogate into U+FFFD, as the streamed file has it. */
const oneShotFile = (notes: readonly Note[], format: ExportFormat) => new Blob([exportNotes(notes, format, EXPORTED_AT)]).text();

let dbCount = 0;

async function withStore(notes: readonly Note[], run: (db: NotesDatabase) => Promise<void>) {
  const db = new NotesDatabase(`export-store-${++dbCount}`);
  try {
    await db.notes.bulkPut(notes);
    await run(db);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('export straight from the store', () => {
  it('writes exactly the one-shot export of the same notes, in every format (property)', async () => {
    await fc.assert(
      fc.asyncProperty(collectionArbitrary, async (notes) => {
        await withStore(notes, async (db) => {
          for (const format of FORMATS) {
            const file = await exportStore(db, format, { exportedAt: EXPORTED_AT });
            expect(await file.text()).toBe(await oneShotFile(inExportOrder(notes), format));
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('exports only the notes a filter matches, equal to the one-shot export of them (property)', async () => {
    const queries: NoteQuery[] = [{ verdict: 'misleading' }, { tags: ['water'] }, { kind: 'quote' }, { site: 'news-1.example' }];
    await fc.assert(
      fc.asyncProperty(collectionArbitrary, fc.constantFrom(...queries), async (notes, query) => {
        await withStore(notes, async (db) => {
          const matching = inExportOrder(await searchNotes(db, query));
          for (const format of FORMATS) {
            const file = await exportStore(db, format, { query, exportedAt: EXPORTED_AT });
            expect(await file.text()).toBe(await oneShotFile(matching, format));
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  it("puts a page's notes back together in id order when the read slices hand them over out of order", async () => {
    // One id in each slice the store is read in (before "4", "4" to "8", "8" to "c", from "c"), alternating pages.
    const ids = ['0a', '5b', '9c', 'dd', 'n-1', '3z', '7y', 'bx', 'fw', 'zz'];
    const base = fc.sample(noteArbitrary(1), { numRuns: ids.length, seed: 7 });
    const notes = base.map((note, i) => {
      const pageKey = `https://${i % 2 ? 'b' : 'a'}.example/story`;
      return { ...note, id: ids[i]!, pageKey, pageUrl: pageKey };
    });
    await withStore(notes, async (db) => {
      const progress: number[] = [];
      const file = await (await exportStore(db, 'csv', { exportedAt: EXPORTED_AT, type: 'text/csv', onProgress: (n) => progress.push(n) })).text();
      const idsInFile = file.split('\r\n').slice(1, -1).map((line) => line.slice(0, line.indexOf(',')));
      expect(idsInFile).toEqual(['0a', '7y', '9c', 'fw', 'n-1', '3z', '5b', 'bx', 'dd', 'zz']);
      expect(progress.at(-1)).toBe(ids.length);
    });
  });

  it('gives the file the type asked for, and an empty store an empty collection', async () => {
    await withStore([], async (db) => {
      const file = await exportStore(db, 'jsonld', { exportedAt: EXPORTED_AT, type: 'application/ld+json' });
      expect(file.type).toBe('application/ld+json');
      expect(JSON.parse(await file.text())).toMatchObject({ total: 0, first: { items: [] } });
    });
  });
});
