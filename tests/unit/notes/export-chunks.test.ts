import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportNoteIds, readExportChunk } from '../../../utils/notes/export/export-chunks';
import { chunksOf, exportInChunks, type ChunkedExportTransport } from '../../../utils/notes/export/export-in-chunks';
import { exportNotes } from '../../../utils/notes/export/export-notes';
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

/** A collection of 0 to 60 notes on up to 12 pages; some pages hold more notes than a chunk. */
const collectionArbitrary = fc.integer({ min: 1, max: 12 }).chain((pages) =>
  fc.uniqueArray(noteArbitrary(pages), { maxLength: 60, selector: (note) => note.id }),
);

const inExportOrder = (notes: readonly Note[]) =>
  [...notes].sort((a, b) => (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function storeTransport(db: NotesDatabase, chunkSize: number, log: { requests: number; largestChunk: number }): ChunkedExportTransport {
  return {
    async chunk(request) {
      log.requests += 1;
      const chunk = await readExportChunk(db, request, chunkSize);
      log.largestChunk = Math.max(log.largestChunk, chunk.notes);
      return chunk;
    },
    noteIds: (query) => exportNoteIds(db, query),
  };
}

let dbCount = 0;

async function withStore(notes: readonly Note[], run: (db: NotesDatabase) => Promise<void>) {
  const db = new NotesDatabase(`export-chunks-${++dbCount}`);
  try {
    await db.notes.bulkPut(notes);
    await run(db);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('chunked export', () => {
  it('joins to exactly the one-shot export of the same notes, in every format (property)', async () => {
    await fc.assert(
      fc.asyncProperty(collectionArbitrary, fc.integer({ min: 1, max: 9 }), async (notes, chunkSize) => {
        await withStore(notes, async (db) => {
          for (const format of FORMATS) {
            const log = { requests: 0, largestChunk: 0 };
            const parts = await exportInChunks(storeTransport(db, chunkSize, log), format, undefined, { exportedAt: EXPORTED_AT });
            expect(parts.join('')).toBe(exportNotes(inExportOrder(notes), format, EXPORTED_AT));
            // Chunked for real: more than one request once there are more notes than a chunk holds.
            if (notes.length > chunkSize) expect(log.requests).toBeGreaterThan(1);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('exports only the notes a filter matches, in whole pages, equal to the one-shot export (property)', async () => {
    const queries: NoteQuery[] = [{ verdict: 'misleading' }, { tags: ['water'] }, { kind: 'quote' }, { site: 'news-1.example' }];
    await fc.assert(
      fc.asyncProperty(collectionArbitrary, fc.constantFrom(...queries), fc.integer({ min: 1, max: 9 }), async (notes, query, chunkSize) => {
        await withStore(notes, async (db) => {
          const matching = inExportOrder(await searchNotes(db, query));
          for (const format of FORMATS) {
            const log = { requests: 0, largestChunk: 0 };
            const parts = await exportInChunks(storeTransport(db, chunkSize, log), format, query, { exportedAt: EXPORTED_AT, chunkSize });
            expect(parts.join('')).toBe(exportNotes(matching, format, EXPORTED_AT));
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  it("reads by id from the cursor on, so a page's notes may come in several chunks and still come out together", async () => {
    // Ids chosen so that the two pages' notes alternate in id order.
    const base = fc.sample(noteArbitrary(1), { numRuns: 6, seed: 7 });
    const notes = base.map((note, i) => {
      const pageKey = `https://${i % 2 ? 'b' : 'a'}.example/story`;
      return { ...note, id: `n-${i}`, pageKey, pageUrl: pageKey };
    });
    await withStore(notes, async (db) => {
      const first = await readExportChunk(db, { format: 'csv' }, 4);
      expect(first.next).toBe('n-3');
      expect(first.sections.map((section) => [section.key, section.entries.length])).toEqual([
        ['https://a.example/story', 2],
        ['https://b.example/story', 2],
      ]);
      const second = await readExportChunk(db, { format: 'csv', after: first.next }, 4);
      expect(second).toMatchObject({ notes: 2, next: null });
      const file = (await exportInChunks(storeTransport(db, 4, { requests: 0, largestChunk: 0 }), 'csv', undefined, { exportedAt: EXPORTED_AT })).join('');
      const idsInFile = [...file.matchAll(/^n-\d/gm)].map(([id]) => id);
      expect(idsInFile).toEqual(['n-0', 'n-2', 'n-4', 'n-1', 'n-3', 'n-5']);
      expect(await readExportChunk(db, { format: 'csv', after: 'n-5' }, 4)).toEqual({ sections: [], notes: 0, next: null });
    });
  });

  it('cuts filtered ids into chunks of the given size', () => {
    expect(chunksOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
    expect(chunksOf([], 3)).toEqual([]);
  });
});
