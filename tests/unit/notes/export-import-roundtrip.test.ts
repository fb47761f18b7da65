import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportWebAnnotations } from '../../../utils/notes/export/web-annotation';
import { exportStore } from '../../../utils/notes/export/export-store';
import { CLAIM_KINDS, VERDICTS, type NoteDraft } from '../../../utils/notes/note-types';
import { saveNote } from '../../../utils/notes/note-store';
import { searchNotes } from '../../../utils/notes/note-search';
import { indexWords } from '../../../utils/notes/search-words';
import { importThroughStaging } from './import-through-staging';

// Any text a page or a reader may produce: markup, quotes, emoji, control characters, lone surrogates.
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const pageArbitrary = fc.record({
  url: fc.webUrl({ withQueryParameters: true, withFragments: true, size: 'small' }),
  title: fc.option(anyText(60), { nil: null }),
  siteName: fc.option(anyText(20), { nil: null }),
});

const draftArbitrary = (pages: fc.Arbitrary<NoteDraft['page']>): fc.Arbitrary<NoteDraft> =>
  fc
    .record({
      id: fc.uuid(),
      page: pages,
      kind: fc.constantFrom(...CLAIM_KINDS),
      exact: anyText(120),
      prefix: anyText(32),
      suffix: anyText(32),
      start: fc.nat(100_000),
      text: anyText(300),
      tags: fc.array(anyText(20), { maxLength: 5 }),
      verdict: fc.constantFrom(null, ...VERDICTS),
      at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    })
    .map(({ exact, prefix, suffix, start, at: _at, ...rest }) => ({
      ...rest,
      selectors: {
        quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
        position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
      },
    }));

let dbCount = 0;

const collectionArbitrary = fc.array(pageArbitrary, { minLength: 1, maxLength: 4 }).chain((pages) =>
  fc.tuple(
    fc.uniqueArray(draftArbitrary(fc.constantFrom(...pages)), { maxLength: 12, selector: (draft) => draft.id }),
    fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 12, maxLength: 12 }),
  ),
);

describe('export, wipe, import', () => {
  it('gives back the same notes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(pageArbitrary, { minLength: 1, maxLength: 4 }).chain((pages) =>
          fc.tuple(
            fc.uniqueArray(draftArbitrary(fc.constantFrom(...pages)), { maxLength: 12, selector: (draft) => draft.id }),
            fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 12, maxLength: 12 }),
          ),
        ),
        async ([drafts, times]) => {
          const db = new NotesDatabase(`roundtrip-${++dbCount}`);
          try {
            for (const [i, draft] of drafts.entries()) await saveNote(db, draft, times[i]!);
            const before = await searchNotes(db, {});
            const file = exportWebAnnotations(before);
            await db.notes.clear();
            await db.pages.clear();
            const report = await importThroughStaging(db, file);
            expect(report).toEqual({ added: before.length, unchanged: 0, updated: 0 });
            const after = await searchNotes(db, {});
            const byId = (notes: typeof before) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));
            expect(byId(after)).toEqual(byId(before));
            // The words index is rebuilt too: each note is found by its own quote again. The word is cut as the
            // index cuts it: NFKC makes a letter of some symbols, so "⼀ぁ" is one word, "一ぁ", not "ぁ".
            for (const note of before) {
              const [word] = indexWords(note.selectors.quote.exact);
              if (word) expect((await searchNotes(db, { text: word })).map((n) => n.id)).toContain(note.id);
            }
          } finally {
            db.close();
            await db.delete();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives back the same notes through the store's export file and the staged import in batches (property)", async () => {
    await fc.assert(
      fc.asyncProperty(collectionArbitrary, fc.integer({ min: 1, max: 5 }), async ([drafts, times], size) => {
        const db = new NotesDatabase(`roundtrip-${++dbCount}`);
        try {
          for (const [i, draft] of drafts.entries()) await saveNote(db, draft, times[i]!);
          const before = await searchNotes(db, {});
          const file = await (await exportStore(db, 'jsonld')).text();
          await db.notes.clear();
          await db.pages.clear();
          const report = await importThroughStaging(db, file, size);
          expect(report).toEqual({ added: before.length, unchanged: 0, updated: 0 });
          const byId = (notes: typeof before) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(await searchNotes(db, {}))).toEqual(byId(before));
        } finally {
          db.close();
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
