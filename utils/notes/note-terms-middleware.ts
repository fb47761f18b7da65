import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { notePairs, noteTerms, type TermKey } from './note-terms';
import type { Note } from './note-types';

/**
 * Keeps the search tables in step with `notes`, below every write path: a note put (a save, an edit, an
 * import, an undo, Dexie's `modify`) writes its terms and its facet pairs, a delete or a clear removes them,
 * and each term's count of notes follows, all in the same transaction. So no caller can forget them, and a
 * search never finds a note by terms it no longer has.
 *
 * The terms live apart from the notes because a note has about forty of them: kept inside the note record they
 * more than doubled its size, and every read of whole notes (a page's notes, an export of 100,000) paid for them.
 * The counts are kept because counting a range is not cheap after all: Chromium's IndexedDB on disk counts by
 * walking the range, seconds for a common term among 100,000 notes, and search plans from counts.
 */

export const NOTES_TABLE = 'notes';
export const PAGES_TABLE = 'pages';
export const NOTE_TERMS_TABLE = 'noteTerms';
/** The pairs of each note's facets, as terms: a table apart from the terms, with the same shape. */
export const NOTE_PAIRS_TABLE = 'notePairs';
export const TERM_COUNTS_TABLE = 'termCounts';

/** A note's search terms (or its facet pairs), stored under the note's id (note-terms.ts). */
export interface NoteTermsRecord {
  id: string;
  terms: TermKey[];
}

/** How many notes hold a term; a term no note holds has no record, so the table lists the live terms. */
export interface TermCountRecord {
  term: string;
  count: number;
}

export function termsRecord(note: Note): NoteTermsRecord {
  return { id: note.id, terms: noteTerms(note) };
}

/** The tables of records made from each note, all counted in `termCounts`. */
const DERIVED_TABLES = [
  { name: NOTE_TERMS_TABLE, record: termsRecord },
  { name: NOTE_PAIRS_TABLE, record: (note: Note): NoteTermsRecord => ({ id: note.id, terms: notePairs(note) }) },
];

/** Adds each record's terms to the counts (`sign` 1), or takes them away (-1). */
export function countTerms(into: Map<string, number>, records: readonly (NoteTermsRecord | undefined)[], sign: 1 | -1): void {
  for (const record of records) {
    if (!record) continue;
    for (const [term] of record.terms) into.set(term, (into.get(term) ?? 0) + sign);
  }
}

/** Schema upgrades write the terms themselves: an older version being upgraded through may have no such table. */
function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as IDBTransaction).mode === 'versionchange';
}

async function applyCounts(counts: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, number>): Promise<void> {
  const terms = [...changes].filter(([, change]) => change !== 0).map(([term]) => term);
  if (terms.length === 0) return;
  const stored = (await counts.getMany({ trans, keys: terms })) as (TermCountRecord | undefined)[];
  const kept: TermCountRecord[] = [];
  const gone: string[] = [];
  terms.forEach((term, i) => {
    const count = (stored[i]?.count ?? 0) + changes.get(term)!;
    if (count > 0) kept.push({ term, count });
    else gone.push(term);
  });
  if (kept.length > 0) await counts.mutate({ type: 'put', trans, values: kept });
  if (gone.length > 0) await counts.mutate({ type: 'delete', trans, keys: gone });
}

/**
 * The search tables this database has: one opened at an older version (the upgrade tests write one) lacks the
 * newer ones. Looked up on use: while an upgrade runs through older versions, they do not exist yet.
 */
function searchTables(down: DBCore): string[] {
  return [...DERIVED_TABLES.map(({ name }) => name), TERM_COUNTS_TABLE].filter((name) => down.schema.tables.some((table) => table.name === name));
}

async function mutateWithTerms(notes: DBCoreTable, down: DBCore, request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (isUpgrade(request.trans)) return notes.mutate(request);
  const { trans } = request;
  const present = searchTables(down);
  const derived = DERIVED_TABLES.filter(({ name }) => present.includes(name)).map(({ name, record }) => ({ table: down.table(name), record }));
  const changes = new Map<string, number>();
  switch (request.type) {
    case 'add':
    case 'put': {
      const values = request.values as Note[];
      const keys = values.map((note) => note.id);
      const before = await Promise.all(derived.map(({ table }) => table.getMany({ trans, keys }) as Promise<(NoteTermsRecord | undefined)[]>));
      const result = await notes.mutate(request);
      const written = values.flatMap((note, i) => (result.failures[i] ? [] : [i]));
      if (written.length === 0) return result;
      await Promise.all(
        derived.map(async ({ table, record }, d) => {
          const after = written.map((i) => record(values[i]!));
          await table.mutate({ type: 'put', trans, values: after });
          countTerms(changes, written.map((i) => before[d]![i]), -1);
          countTerms(changes, after, 1);
        }),
      );
      await applyCounts(down.table(TERM_COUNTS_TABLE), trans, changes);
      return result;
    }
    case 'delete': {
      const removed = await Promise.all(derived.map(({ table }) => table.getMany({ trans, keys: request.keys }) as Promise<(NoteTermsRecord | undefined)[]>));
      for (const records of removed) countTerms(changes, records, -1);
      const result = await notes.mutate(request);
      await Promise.all(derived.map(({ table }) => table.mutate({ type: 'delete', trans, keys: request.keys })));
      await applyCounts(down.table(TERM_COUNTS_TABLE), trans, changes);
      return result;
    }
    case 'deleteRange': {
      // The tables are all keyed by note id, so the same range names the same notes.
      const removed = await Promise.all(derived.map(({ table }) => table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: request.range } })));
      for (const { result } of removed) countTerms(changes, result as NoteTermsRecord[], -1);
      const result = await notes.mutate(request);
      await Promise.all(derived.map(({ table }) => table.mutate({ type: 'deleteRange', trans, range: request.range })));
      await applyCounts(down.table(TERM_COUNTS_TABLE), trans, changes);
      return result;
    }
  }
}

/** `onWrite` is told of every write to `notes` or `pages` as it starts, so a cache of notes read earlier knows it is stale. */
export const noteTermsMiddleware = (onWrite: () => void): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'noteTerms',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const missing = mode === 'readwrite' && stores.includes(NOTES_TABLE) ? searchTables(down).filter((name) => !stores.includes(name)) : [];
      return down.transaction([...stores, ...missing], mode, options);
    },
    table: (name) => {
      const table = down.table(name);
      // A page's aliases decide which notes a URL finds, so a write to the pages counts as a write too.
      if (name === PAGES_TABLE) return { ...table, mutate: (request) => (onWrite(), table.mutate(request)) };
      if (name !== NOTES_TABLE) return table;
      return {
        ...table,
        mutate: (request) => {
          onWrite();
          return mutateWithTerms(table, down, request);
        },
      };
    },
  }),
});
