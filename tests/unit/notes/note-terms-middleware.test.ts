import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import { NotesDatabase } from '../../../utils/notes/database';
import { notePairs, noteTerms } from '../../../utils/notes/note-terms';
import type { Note } from '../../../utils/notes/note-types';

/**
 * The terms and their counts follow the notes table through every way Dexie can write it, so search can
 * never find a note by words it no longer holds, nor miss one, nor plan from a wrong count.
 */

const TEXT = 'The council voted 6-3 to close the water plant, according to the utility.';

function makeNote(id: string, text: string, updated = 1000): Note {
  return {
    id,
    kind: 'quote',
    selectors: describeRange(TEXT, 4, 20),
    text,
    tags: ['water'],
    verdict: null,
    pageKey: 'https://news.example/plant',
    pageUrl: 'https://news.example/plant',
    pageTitle: 'Plant closes',
    site: 'news.example',
    created: 1000,
    updated,
  };
}

let db: NotesDatabase;
let count = 0;

beforeEach(async () => {
  db = new NotesDatabase(`terms-middleware-${++count}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every note's terms and pairs and every term's count as stored, beside what they should be. */
async function expectTermsInStep() {
  const notes = await db.notes.toArray();
  const terms = await db.noteTerms.toArray();
  expect(terms.map((record) => record.id).sort()).toEqual(notes.map((note) => note.id).sort());
  const byId = new Map(terms.map((record) => [record.id, record.terms]));
  for (const note of notes) expect(byId.get(note.id)).toEqual(noteTerms(note));
  const pairs = new Map((await db.notePairs.toArray()).map((record) => [record.id, record.terms]));
  expect([...pairs.keys()].sort()).toEqual(notes.map((note) => note.id).sort());
  for (const note of notes) expect(pairs.get(note.id)).toEqual(notePairs(note));
  const expected = new Map<string, number>();
  for (const note of notes) for (const [term] of [...noteTerms(note), ...notePairs(note)]) expected.set(term, (expected.get(term) ?? 0) + 1);
  const counts = await db.termCounts.toArray();
  // A term no note holds any more has no count left, so prefix completions list live terms only.
  expect(new Map(counts.map(({ term, count }) => [term, count]))).toEqual(expected);
}

describe('note terms kept in step with notes', () => {
  it('writes terms on put, bulkPut and add, and rewrites them when a note changes', async () => {
    await db.notes.put(makeNote('a', 'budget vote'));
    await db.notes.bulkPut([makeNote('b', 'turbine'), makeNote('c', 'reservoir')]);
    await db.notes.add(makeNote('d', 'aquifer'));
    await expectTermsInStep();
    await db.notes.put(makeNote('a', 'pension fund', 2000));
    await expectTermsInStep();
    expect((await db.noteTerms.get('a'))!.terms.map(([term]) => term)).not.toContain('budget');
  });

  it("follows Dexie's update and modify, which write whole notes", async () => {
    await db.notes.bulkPut([makeNote('a', 'budget'), makeNote('b', 'budget')]);
    await db.notes.update('a', { text: 'pension', updated: 3000 });
    await db.notes.where('pageKey').equals('https://news.example/plant').modify((note) => void note.tags.push('Follow-up'));
    await expectTermsInStep();
    expect((await db.noteTerms.get('b'))!.terms).toContainEqual(['#tag:follow-up', -1000]);
  });

  it('removes terms on delete, bulkDelete, a deleting modify and clear', async () => {
    await db.notes.bulkPut(['a', 'b', 'c', 'd', 'e'].map((id) => makeNote(id, `note ${id}`)));
    await db.notes.delete('a');
    await db.notes.bulkDelete(['b', 'c']);
    await expectTermsInStep();
    await db.notes.where(':id').equals('d').delete();
    await expectTermsInStep();
    await db.notes.clear();
    expect(await db.noteTerms.count()).toBe(0);
    expect(await db.termCounts.count()).toBe(0);
  });

  it('writes terms in a transaction that named only the notes table, and rolls them back with it', async () => {
    await db.transaction('rw', db.notes, async () => {
      await db.notes.put(makeNote('a', 'kept'));
    });
    await expectTermsInStep();
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.put(makeNote('b', 'rolled back'));
        throw new Error('the save failed after the write');
      }),
    ).rejects.toThrow('the save failed');
    expect(await db.noteTerms.get('b')).toBeUndefined();
    await expectTermsInStep();
  });

  it('writes no terms for a note whose add failed (its id was taken)', async () => {
    await db.notes.add(makeNote('a', 'first'));
    await expect(db.notes.bulkAdd([makeNote('a', 'second'), makeNote('b', 'third')])).rejects.toThrow();
    await expectTermsInStep();
    expect((await db.noteTerms.get('a'))!.terms.map(([term]) => term)).toContain('first');
  });
});
