import type { NotesDatabase } from './database';
import { distinctKeys, requestResult, type Position } from './idb-key-cursor';
import { ALL_TERM, facetTerm, orderOf, wordsOfTerms } from './note-terms';
import { NOTE_PAIRS_TABLE, NOTE_TERMS_TABLE, NOTES_TABLE, TERM_COUNTS_TABLE, type NoteTermsRecord } from './note-terms-middleware';
import type { Note, NotePage, NoteQuery, NotesStats } from './note-types';
import { planQuery, type OrderBounds, type QueryPlan, type TermGroup } from './query-plan';
import { openDriver, termIdsAfter, type Candidates } from './search-driver';

/**
 * Search and filters over all notes, newest first, a page at a time. The rarest condition of the query
 * (query-plan.ts) is read newest first along the `terms` index of `noteTerms`, keys only, a batch at a time
 * (search-driver.ts); each batch is checked against the other conditions, on the index or on the candidates'
 * terms records; only the notes of the page are read. So the cost follows the page asked for, not the number
 * of notes that match.
 */

/** Reading a candidate's terms record costs about this many index entries read in a range (on disk, about 0.4 ms against 0.04). */
const RECORD_COST = 8;

/** Keeps the candidates that pass: a filter over a batch of the driver's ids, all within the batch's span. */
type WindowCheck = (candidates: Candidates) => Promise<Set<string>>;

/**
 * A group about as rare as the driver, or rarer per term, is checked by reading its ids over the span of time
 * the driver has walked so far (never past the last candidate, never twice). A group much larger than the
 * driver is checked instead on each candidate's terms record (`recordCheck`), which costs the same whatever
 * the group's size.
 */
function windowCheck(index: IDBIndex, group: TermGroup, from: number): WindowCheck {
  const ids = new Set<string>();
  let coveredTo: number | null = null;
  return async ({ upTo }) => {
    if (coveredTo === null || upTo > coveredTo) {
      const lower = coveredTo ?? from;
      const open = coveredTo !== null;
      const read = await Promise.all(
        group.terms.map((term) => requestResult(index.getAllKeys(IDBKeyRange.bound([term, lower], [term, upTo], open, false)))),
      );
      for (const keys of read) for (const key of keys) ids.add(String(key));
      coveredTo = upTo;
    }
    return ids;
  };
}

const usesRecords = (group: TermGroup, driverCount: number) => group.terms.length * RECORD_COST * driverCount < group.count;

/** Whether a note's terms record holds one of the group's terms (both filters of a pair). */
function recordCheck(group: TermGroup): (record: NoteTermsRecord) => boolean {
  if (group.pair) {
    const [a, b] = group.pair;
    return (record) => record.terms.some(([term]) => term === a) && record.terms.some(([term]) => term === b);
  }
  const terms = new Set(group.terms);
  return (record) => record.terms.some(([term]) => terms.has(term));
}

/** Where a group's terms are: pairs of filters in `notePairs`, every other term in `noteTerms`. */
const storeOf = (tx: IDBTransaction, group: TermGroup) => tx.objectStore(group.pair ? NOTE_PAIRS_TABLE : NOTE_TERMS_TABLE);
const indexOf = (tx: IDBTransaction, group: TermGroup) => storeOf(tx, group).index('terms');

function holdsWords(record: NoteTermsRecord, prefixes: readonly string[]): boolean {
  const words = wordsOfTerms(record.terms);
  return prefixes.every((prefix) => words.some((word) => word.startsWith(prefix)));
}

function readAll<T>(store: IDBObjectStore, ids: readonly string[]): Promise<(T | undefined)[]> {
  return Promise.all(ids.map((id) => requestResult(store.get(id) as IDBRequest<T | undefined>)));
}

async function readNotes(tx: IDBTransaction, ids: readonly string[]): Promise<Note[]> {
  return (await readAll<Note>(tx.objectStore(NOTES_TABLE), ids)).filter((note): note is Note => !!note);
}

const MIN_BATCH = 16;
const MAX_BATCH = 2048;
/** A batch is at most this many times the candidates walked before it: one unlucky batch must not make the next huge. */
const MAX_BATCH_GROWTH = 4;
/** The lowest share of candidates expected to pass. */
const MIN_SHARE = 1 / 64;

/**
 * The share of the driver's notes expected to pass the other groups before any is walked, as if the groups
 * were independent: a search for two words each in one note of seven walks about 7 × 51 candidates at once
 * instead of 51, 2 × 51, ... A word checked on the notes holds, by its plan, more than half of them.
 */
function expectedShare(plan: QueryPlan): number {
  const share = plan.groups.slice(1).reduce((product, group) => product * Math.min(1, group.count / plan.total), 1);
  return Math.max(MIN_SHARE, share * 0.5 ** plan.checkedWords.length);
}

interface Found {
  ids: string[];
  /** Every match was found (the walk reached the end of the driver's range). */
  exhausted: boolean;
  /** How many match, when every match was found: more than `ids` when the last batch held more than needed. */
  matched: number;
}

/** The ids of the first `need` matches. */
async function findMatches(tx: IDBTransaction, plan: QueryPlan, need: number, after?: Position): Promise<Found> {
  const termsStore = tx.objectStore(NOTE_TERMS_TABLE);
  const [driverGroup, ...others] = plan.groups;
  if (after && after.order > plan.bounds.upper) return { ids: [], exhausted: true, matched: 0 };
  const driver = await openDriver(indexOf(tx, driverGroup!), storeOf(tx, driverGroup!), driverGroup!, plan.bounds, after);
  const from = after ? Math.max(plan.bounds.lower, after.order) : plan.bounds.lower;
  const onRecord = (group: TermGroup) => driver.givesRecords || usesRecords(group, driverGroup!.count);
  const windows = others.filter((group) => !onRecord(group)).map((group) => windowCheck(indexOf(tx, group), group, from));
  const onRecords = others.filter(onRecord).map(recordCheck);
  const words = plan.checkedWords;
  if (words.length) onRecords.push((record) => holdsWords(record, words));
  const matches: string[] = [];
  let walked = 0;
  while (matches.length < need) {
    // Enough candidates for the matches still missing at the share expected, then at the share seen so far.
    const share = walked === 0 ? expectedShare(plan) : Math.max(matches.length / walked, MIN_SHARE);
    const cap = walked === 0 ? MAX_BATCH : Math.min(MAX_BATCH, MAX_BATCH_GROWTH * walked);
    const batch = await driver.take(Math.min(cap, Math.max(MIN_BATCH, Math.ceil((need - matches.length) / share))));
    if (!batch) break;
    walked += batch.ids.length;
    const held = await Promise.all(windows.map((check) => check(batch)));
    let passing = batch.ids.filter((id) => held.every((ids) => ids.has(id)));
    if (onRecords.length && passing.length) {
      const records = batch.records ? passing.map((id) => batch.records!.get(id)) : await readAll<NoteTermsRecord>(termsStore, passing);
      passing = passing.filter((_, i) => onRecords.every((check) => check(records[i]!)));
    }
    matches.push(...passing);
  }
  return { ids: matches.slice(0, need), exhausted: driver.exhausted, matched: matches.length };
}

/** One term, no other condition: its range holds the answer's ids in order, read in one call. */
function readTermRange(tx: IDBTransaction, group: TermGroup, bounds: OrderBounds, need: number, after?: Position): Promise<string[]> {
  return termIdsAfter(indexOf(tx, group), group.terms[0]!, bounds, Number.isFinite(need) ? need : undefined, after);
}

interface MatchIds {
  /** Newest first, one more than the limit when more match. */
  ids: string[];
  total: number | null;
}

async function matchIds(tx: IDBTransaction, query: NoteQuery, need: number): Promise<MatchIds> {
  const after = query.after ? { order: orderOf(query.after.updated), id: query.after.id } : undefined;
  const plan = await planQuery(tx.objectStore(TERM_COUNTS_TABLE), query);
  if (plan.empty) return { ids: [], total: 0 };
  const single = plan.groups.length === 1 && plan.groups[0]!.terms.length === 1 && plan.checkedWords.length === 0;
  if (single) {
    const ids = await readTermRange(tx, plan.groups[0]!, plan.bounds, need, after);
    // The stored count ignores dates; within dates the total is known only when every match was read.
    const dated = plan.bounds.lower !== -Infinity || plan.bounds.upper !== Infinity;
    const total = !dated ? plan.groups[0]!.count : ids.length < need && !after ? ids.length : null;
    return { ids, total };
  }
  const found = await findMatches(tx, plan, need, after);
  return { ids: found.ids, total: found.exhausted && !after ? found.matched : null };
}

async function searchTransaction(db: NotesDatabase): Promise<IDBTransaction> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction([NOTES_TABLE, NOTE_TERMS_TABLE, NOTE_PAIRS_TABLE, TERM_COUNTS_TABLE], 'readonly');
}

/** Notes matching the query, newest first: at most `query.limit` (every match without one), after `query.after`. */
export async function searchNotePage(db: NotesDatabase, query: NoteQuery = {}): Promise<NotePage> {
  const limit = query.limit ?? Infinity;
  const tx = await searchTransaction(db);
  // One more than asked for tells whether there are more.
  const { ids, total } = await matchIds(tx, query, limit + 1);
  return { notes: await readNotes(tx, ids.slice(0, limit)), more: ids.length > limit, total };
}

/** The ids of every note matching the query, newest first, without reading the notes (a filtered export). */
export async function searchNoteIds(db: NotesDatabase, query: NoteQuery = {}): Promise<string[]> {
  return (await matchIds(await searchTransaction(db), { ...query, limit: undefined }, Infinity)).ids;
}

/** Notes matching the query, newest first, at most `query.limit`. */
export async function searchNotes(db: NotesDatabase, query: NoteQuery = {}): Promise<Note[]> {
  return (await searchNotePage(db, query)).notes;
}

/**
 * Every site with notes, for the library's filter, in one read: the site terms counted in `termCounts`, which
 * holds only terms some note has (site terms keep the site as it is). Jumping from site to site along the
 * notes' index took 40 to 160 ms for 250 sites at 100,000 notes on disk; this takes 1 to 6.
 */
export async function listSites(db: NotesDatabase): Promise<string[]> {
  const prefix = facetTerm.site('');
  // Every string that starts with the prefix: up to the prefix with its last character one higher.
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const terms = await db.termCounts.where('term').between(prefix, end, true, false).primaryKeys();
  return terms.map((term) => term.slice(prefix.length));
}

/**
 * Every tag in use, for the library's filter and tag suggestions, as the notes spell them (tag terms are
 * lower case): one step per distinct tag along the notes' index.
 */
export async function listTags(db: NotesDatabase): Promise<string[]> {
  if (!db.isOpen()) await db.open();
  return distinctKeys(db.backendDB().transaction(NOTES_TABLE, 'readonly').objectStore(NOTES_TABLE).index('tags'));
}

export async function getStats(db: NotesDatabase): Promise<NotesStats> {
  const [all, pages] = await Promise.all([db.termCounts.get(ALL_TERM), db.pages.count()]);
  return { notes: all?.count ?? 0, pages };
}
