import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import { NotesDatabase } from '../../../utils/notes/database';
import { facetTerm, noteWords, pairTerm } from '../../../utils/notes/note-terms';
import { searchNotePage } from '../../../utils/notes/note-search';
import { CLAIM_KINDS, type Note, type NoteQuery } from '../../../utils/notes/note-types';
import { planQuery } from '../../../utils/notes/query-plan';
import { queryWords } from '../../../utils/notes/search-words';

/**
 * The search engine against a plain reference (filter every note, sort newest first) on generated libraries:
 * common and rare words, prefixes with many completions, tags, filters and many notes sharing one `updated`,
 * so every plan (one term, merged completions, probes, windows, words checked on the notes) is exercised,
 * and paging with `after` must give each match exactly once, in order.
 */

// Skewed on purpose: "the" is in most notes, "council" in many, the made-up names in few.
const VOCABULARY = ['the', 'the', 'the', 'council', 'council', 'councils', 'vote', 'voters', 'water', 'plant', 'kalomer', 'kalodin', 'kalo', 'zurich', 'café'];
const TAGS = ['Water', 'council', 'follow-up'];
const SITES = ['a.example', 'b.example'];
const VERDICTS = [null, 'verify', 'misleading'] as const;

const noteArbitrary = fc.record({
  text: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 6 }).map((words) => words.join(' ')),
  quote: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
  title: fc.option(fc.constantFrom('Council meets', 'Water plant closes', 'Zürich votes'), { nil: null }),
  tags: fc.subarray(TAGS),
  site: fc.constantFrom(...SITES),
  verdict: fc.constantFrom(...VERDICTS),
  kind: fc.constantFrom(...CLAIM_KINDS),
  // Few distinct times: many notes share one, as a bulk import may make them.
  updated: fc.integer({ min: 1, max: 30 }),
});

const queryArbitrary = fc.record(
  {
    text: fc.array(fc.constantFrom('the', 'council', 'counc', 'vote', 'kalo', 'kalom', 'water', 'Cafe', 'zur', 'k', 'nothing'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    tags: fc.subarray(['water', 'COUNCIL'], { minLength: 1 }),
    site: fc.constantFrom(...SITES),
    verdict: fc.constantFrom('verify', 'misleading'),
    kind: fc.constantFrom(...CLAIM_KINDS),
    from: fc.integer({ min: 1, max: 30 }),
    to: fc.integer({ min: 1, max: 30 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NoteQuery>;

type GeneratedNote = typeof noteArbitrary extends fc.Arbitrary<infer T> ? T : never;

function makeNotes(generated: GeneratedNote[]): Note[] {
  return generated.map((g, i) => ({
    id: `note-${String(i).padStart(4, '0')}-${(i * 7919) % 97}`,
    kind: g.kind,
    selectors: describeRange(`x ${g.quote} y`, 2, 2 + g.quote.length),
    text: g.text,
    tags: g.tags,
    verdict: g.verdict,
    pageKey: `https://${g.site}/story-${i % 5}`,
    pageUrl: `https://${g.site}/story-${i % 5}`,
    pageTitle: g.title,
    site: g.site,
    created: g.updated,
    updated: g.updated,
  }));
}

function reference(notes: Note[], query: NoteQuery): string[] {
  const words = query.text ? queryWords(query.text) : [];
  return notes
    .filter((note) => {
      const held = noteWords(note);
      if (!words.every((word) => held.some((h) => h.startsWith(word)))) return false;
      const tags = note.tags.map((tag) => tag.toLowerCase());
      if (query.tags && !query.tags.every((tag) => tags.includes(tag.toLowerCase()))) return false;
      if (query.site && note.site !== query.site) return false;
      if (query.verdict && note.verdict !== query.verdict) return false;
      if (query.kind && note.kind !== query.kind) return false;
      if (query.from !== undefined && note.updated < query.from) return false;
      if (query.to !== undefined && note.updated > query.to) return false;
      return true;
    })
    .sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1))
    .map((note) => note.id);
}

let db: NotesDatabase;
beforeAll(async () => {
  db = new NotesDatabase('note-search-test');
  await db.open();
});
afterAll(async () => {
  db.close();
  await db.delete();
});

async function pagesThroughReference(numRuns: number) {
  await fc.assert(
    fc.asyncProperty(fc.array(noteArbitrary, { maxLength: 160 }), fc.array(queryArbitrary, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 40 }), async (generated, queries, limit) => {
      const notes = makeNotes(generated);
      await db.notes.clear();
      await db.notes.bulkPut(notes);
      for (const query of queries) {
        const expected = reference(notes, query);
        expect((await searchNotePage(db, query)).notes.map((n) => n.id)).toEqual(expected);
        const seen: string[] = [];
        let page = await searchNotePage(db, { ...query, limit });
        if (page.total !== null) expect(page.total).toBe(expected.length);
        for (;;) {
          seen.push(...page.notes.map((n) => n.id));
          expect(page.more).toBe(seen.length < expected.length);
          if (!page.more) break;
          const last = page.notes[page.notes.length - 1]!;
          page = await searchNotePage(db, { ...query, limit, after: { updated: last.updated, id: last.id } });
        }
        expect(seen).toEqual(expected);
      }
    }),
    { numRuns },
  );
}

async function mergesCompletionsReadInPart() {
  await db.notes.clear();
  // The rarer completion holds the newest notes: read in proportion to its count, it runs out first, and the
  // batch must stop where it stops, or older notes of the other come out before its next ones. Many notes
  // share a time. As many notes again without the word keep it a group of its own, not a word checked on
  // every note.
  const generated: GeneratedNote[] = Array.from({ length: 700 }, (_, i) => ({
    text: i >= 300 ? 'council' : i < 40 ? 'kalodin' : i % 37 === 0 ? 'kalomer kalodin' : 'kalomer',
    quote: 'water',
    title: null,
    tags: [],
    site: 'a.example',
    verdict: null,
    kind: 'quote',
    updated: i < 40 ? 100 + (i % 13) : 1 + ((i * 7) % 60),
  }));
  const notes = makeNotes(generated);
  await db.notes.bulkPut(notes);
  const query: NoteQuery = { text: 'kalo' };
  const expected = reference(notes, query);
  expect(expected).toHaveLength(300);
  expect((await searchNotePage(db, { ...query, limit: 40 })).notes.map((n) => n.id)).toEqual(expected.slice(0, 40));
  const seen: string[] = [];
  let page = await searchNotePage(db, { ...query, limit: 7 });
  for (;;) {
    seen.push(...page.notes.map((n) => n.id));
    if (!page.more) break;
    const last = page.notes.at(-1)!;
    page = await searchNotePage(db, { ...query, limit: 7, after: { updated: last.updated, id: last.id } });
  }
  expect(seen).toEqual(expected);
}

describe('searchNotePage', () => {
  it('pages through exactly the reference answer, newest first, with a right total and "more"', () => pagesThroughReference(40), 120_000);

  it('finds a note again after an edit moves it in time, and not after it is deleted', async () => {
    await db.notes.clear();
    const [older, newer] = makeNotes([
      { text: 'council vote', quote: 'water', title: null, tags: [], site: 'a.example', verdict: null, kind: 'quote', updated: 5 },
      { text: 'council', quote: 'plant', title: null, tags: [], site: 'a.example', verdict: null, kind: 'quote', updated: 9 },
    ]);
    await db.notes.bulkPut([older!, newer!]);
    expect((await searchNotePage(db, { text: 'council' })).notes.map((n) => n.id)).toEqual([newer!.id, older!.id]);
    await db.notes.put({ ...older!, text: 'council budget', updated: 20 });
    expect((await searchNotePage(db, { text: 'council' })).notes.map((n) => n.id)).toEqual([older!.id, newer!.id]);
    expect((await searchNotePage(db, { text: 'vote' })).notes).toEqual([]);
    expect((await searchNotePage(db, { text: 'budget' })).total).toBe(1);
    await db.notes.delete(older!.id);
    expect((await searchNotePage(db, { text: 'budget' })).notes).toEqual([]);
    expect((await searchNotePage(db, { text: 'council', limit: 1 })).notes.map((n) => n.id)).toEqual([newer!.id]);
  });

  it("checks a condition far more common than the driving one on each candidate's terms record, and pages through it", async () => {
    await db.notes.clear();
    // "quorum" is in 8 notes, 6 of them on b.example; b.example has 150 notes: its group is checked per candidate.
    const generated: GeneratedNote[] = Array.from({ length: 200 }, (_, i) => ({
      text: i % 50 < 2 ? 'quorum' : 'council',
      quote: 'water',
      title: null,
      tags: [],
      site: i % 4 < 3 ? 'b.example' : 'a.example',
      verdict: null,
      kind: 'quote',
      updated: 1 + (i % 7),
    }));
    const notes = makeNotes(generated);
    await db.notes.bulkPut(notes);
    const query: NoteQuery = { text: 'quorum', site: 'b.example' };
    const expected = reference(notes, query);
    expect(expected).toHaveLength(6);
    expect((await searchNotePage(db, query)).notes.map((n) => n.id)).toEqual(expected);
    const first = await searchNotePage(db, { ...query, limit: 3 });
    expect(first).toMatchObject({ more: true });
    const last = first.notes.at(-1)!;
    const rest = await searchNotePage(db, { ...query, limit: 3, after: { updated: last.updated, id: last.id } });
    expect([...first.notes, ...rest.notes].map((n) => n.id)).toEqual(expected);
    expect(rest.more).toBe(false);
  });

  it("merges a typed word's completions newest first when each is read only in part, and pages through them", mergesCompletionsReadInPart);

  it("checks the other conditions on the terms records a word's merged completions came with", async () => {
    await db.notes.clear();
    // "kalo" drives (60 notes, two completions); the tag, on every third note, is checked on each candidate's
    // own record, so a record given with the wrong note lets the wrong notes through.
    const notes = makeNotes(
      Array.from({ length: 300 }, (_, i) => ({
        text: i % 5 === 0 ? (i % 2 ? 'kalomer' : 'kalodin') : 'council',
        quote: 'water',
        title: null,
        tags: i % 3 === 0 ? ['follow-up'] : [],
        site: 'a.example',
        verdict: null,
        kind: 'quote',
        updated: 1 + (i % 40),
      })),
    );
    await db.notes.bulkPut(notes);
    const query: NoteQuery = { text: 'kalo', tags: ['follow-up'] };
    const expected = reference(notes, query);
    expect(expected).toHaveLength(20);
    expect((await searchNotePage(db, query)).notes.map((n) => n.id)).toEqual(expected);
    expect((await searchNotePage(db, { ...query, limit: 6 })).notes.map((n) => n.id)).toEqual(expected.slice(0, 6));
  });

  it('reads two filters as the one term of their pair, and checks a third through its rarest pair', async () => {
    await db.notes.clear();
    const notes = makeNotes(
      Array.from({ length: 60 }, (_, i) => ({
        text: 'council vote',
        quote: 'water',
        title: null,
        tags: i % 2 === 0 ? ['Water'] : [],
        site: SITES[i % 2]!,
        verdict: VERDICTS[i % 3]!,
        kind: i % 5 === 0 ? 'quote' : 'statistic',
        updated: i + 1,
      })),
    );
    await db.notes.bulkPut(notes);
    const plan = (query: NoteQuery) => planQuery(db.backendDB().transaction('termCounts').objectStore('termCounts'), query);
    const water = facetTerm.tag('water');
    const misleading = facetTerm.verdict('misleading');
    const quote = facetTerm.kind('quote');

    const two = await plan({ verdict: 'misleading', tags: ['WATER'] });
    const misleadingWater = notes.filter((n) => n.verdict === 'misleading' && n.tags.includes('Water'));
    expect(two.groups).toEqual([{ terms: [pairTerm(water, misleading)], count: misleadingWater.length, pair: [water, misleading] }]);
    const page = await searchNotePage(db, { verdict: 'misleading', tags: ['WATER'], limit: 3 });
    expect(page.total).toBe(misleadingWater.length);
    expect(page.notes.map((n) => n.id)).toEqual(reference(notes, { verdict: 'misleading', tags: ['water'] }).slice(0, 3));

    // The rarest pair drives; the tag it leaves out is checked through its rarest pair, not the tag alone.
    const three = await plan({ verdict: 'misleading', tags: ['water'], kind: 'quote' });
    const count = (test: (n: Note) => boolean) => notes.filter(test).length;
    const waterQuotes = count((n) => n.kind === 'quote' && n.tags.includes('Water'));
    const misleadingQuotes = count((n) => n.kind === 'quote' && n.verdict === 'misleading');
    expect(misleadingQuotes).toBeLessThan(waterQuotes);
    expect(waterQuotes).toBeLessThan(misleadingWater.length);
    expect(three.groups).toEqual([
      { terms: [pairTerm(misleading, quote)], count: misleadingQuotes, pair: [misleading, quote] },
      { terms: [pairTerm(water, quote)], count: waterQuotes, pair: [water, quote] },
    ]);
    expect((await searchNotePage(db, { verdict: 'misleading', tags: ['water'], kind: 'quote' })).notes.map((n) => n.id)).toEqual(
      reference(notes, { verdict: 'misleading', tags: ['water'], kind: 'quote' }),
    );

    expect((await plan({ verdict: 'confirmed', site: 'a.example' })).empty).toBe(true);
  });

  it("checks a filter on each candidate's terms record through a pair far larger than the driving one", async () => {
    await db.notes.clear();
    // Quotes are notes 0-99 and "Water" is tagged on 95-199: five of each, driven by their pair; every note but
    // one of those five is "misleading", checked through a pair of about 100 notes.
    const notes = makeNotes(
      Array.from({ length: 200 }, (_, i) => ({
        text: 'council vote',
        quote: 'water',
        title: null,
        tags: i >= 95 ? ['Water'] : [],
        site: 'a.example',
        verdict: i === 97 ? 'verify' : 'misleading',
        kind: i < 100 ? 'quote' : 'statistic',
        updated: i + 1,
      })),
    );
    await db.notes.bulkPut(notes);
    const query: NoteQuery = { verdict: 'misleading', tags: ['water'], kind: 'quote' };
    const { groups } = await planQuery(db.backendDB().transaction('termCounts').objectStore('termCounts'), query);
    expect(groups.map((group) => group.count)).toEqual([5, 99]);
    const expected = reference(notes, query);
    expect(expected).toHaveLength(4);
    expect((await searchNotePage(db, query)).notes.map((n) => n.id)).toEqual(expected);
  });
});

// A browser older than IndexedDB's getAllRecords (Chromium 141; the Firefox ESR 153 of the e2e tests has it too)
// merges a word's completions with a key cursor per term.
describe('searchNotePage without getAllRecords', () => {
  const getAllRecords = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
  beforeAll(() => void Reflect.deleteProperty(IDBIndex.prototype, 'getAllRecords'));
  afterAll(() => void (getAllRecords && Object.defineProperty(IDBIndex.prototype, 'getAllRecords', getAllRecords)));

  it('hides the getAllRecords the tests above used', () => {
    expect(getAllRecords?.value).toBeTypeOf('function');
    expect('getAllRecords' in IDBIndex.prototype).toBe(false);
  });
  it('pages through exactly the reference answer', () => pagesThroughReference(15), 120_000);
  it("merges a typed word's completions read in part", mergesCompletionsReadInPart);
});
