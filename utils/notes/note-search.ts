import type { NotesDatabase } from './database';
import { comparePositions, distinctKeys, KeyCursor, requestResult, type Position } from './idb-key-cursor';
import { ALL_TERM, orderOf, wordsOfTerms } from './note-terms';
import { NOTE_TERMS_TABLE, NOTES_TABLE, TERM_COUNTS_TABLE, type NoteTermsRecord } from './note-terms-middleware';
import type { Note, NotePage, NoteQuery, NotesStats } from './note-types';
import { planQuery, termRange, type OrderBounds, type QueryPlan, type TermGroup } from './query-plan';

/**
 * Search and filters over all notes, newest first, a page at a time. The rarest condition of the query
 * (query-plan.ts) is walked newest first along the `terms` index of `noteTerms`, keys only; each candidate is
 * checked against the other conditions, also on the index; only the notes of the page are read. So the cost
 * follows the page asked for, not the number of notes that match.
 */

/** A group's notes newest first: its terms' cursors merged, a note held through two terms given once. */
class GroupStream {
  private constructor(private readonly cursors: KeyCursor[]) {}

  static async open(index: IDBIndex, group: TermGroup, bounds: OrderBounds, after?: Position): Promise<GroupStream> {
    const lower = after ? Math.max(bounds.lower, after.order) : bounds.lower;
    const range = { lower, upper: bounds.upper };
    return new GroupStream(await Promise.all(group.terms.map((term) => KeyCursor.open(index, termRange(term, range), after))));
  }

  get head(): Position | null {
    let best: Position | null = null;
    for (const { head } of this.cursors) if (head && (!best || comparePositions(head, best) < 0)) best = head;
    return best;
  }

  async next(): Promise<void> {
    const head = this.head;
    if (!head) return;
    await Promise.all(this.cursors.filter((c) => c.head && comparePositions(c.head, head) === 0).map((c) => c.next()));
  }
}

/** Looking a candidate up costs about this many index entries read in a range. */
const PROBE_COST = 8;

type CandidateCheck = (candidates: Position[]) => Promise<Position[]>;

/**
 * Keeps the candidates a group holds. A group much larger than the driver is probed per candidate (is there
 * an entry [term, candidate's order] for this id?); otherwise its ids are read over the span of time the
 * driver has walked so far, which never reads past the last candidate.
 */
function groupCheck(index: IDBIndex, group: TermGroup, driverCount: number, bounds: OrderBounds): CandidateCheck {
  if (group.terms.length * PROBE_COST * driverCount < group.count) {
    return async (candidates) => {
      const held = await Promise.all(
        candidates.map(async ({ order, id }) => {
          const found = await Promise.all(group.terms.map((term) => requestResult(index.getAllKeys(IDBKeyRange.only([term, order])))));
          return found.some((ids) => ids.includes(id));
        }),
      );
      return candidates.filter((_, i) => held[i]);
    };
  }
  const ids = new Set<string>();
  let coveredTo: number | null = null;
  return async (candidates) => {
    const upTo = candidates[candidates.length - 1]?.order;
    if (upTo === undefined) return candidates;
    if (coveredTo === null || upTo > coveredTo) {
      const lower = coveredTo ?? bounds.lower;
      const open = coveredTo !== null;
      const read = await Promise.all(
        group.terms.map((term) => requestResult(index.getAllKeys(IDBKeyRange.bound([term, lower], [term, upTo], open, false)))),
      );
      for (const keys of read) for (const key of keys) ids.add(String(key));
      coveredTo = upTo;
    }
    return candidates.filter(({ id }) => ids.has(id));
  };
}

function holdsWords(record: NoteTermsRecord | undefined, prefixes: readonly string[]): boolean {
  if (!record) return false;
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

interface Found {
  ids: string[];
  /** Every match was found (the walk reached the end of the driver's range). */
  exhausted: boolean;
}

/** The ids of the first `need` matches. */
async function findMatches(tx: IDBTransaction, plan: QueryPlan, need: number, after?: Position): Promise<Found> {
  const termsStore = tx.objectStore(NOTE_TERMS_TABLE);
  const index = termsStore.index('terms');
  const [driverGroup, ...others] = plan.groups;
  if (after && after.order > plan.bounds.upper) return { ids: [], exhausted: true };
  const driver = await GroupStream.open(index, driverGroup!, plan.bounds, after);
  const checks = others.map((group) => groupCheck(index, group, driverGroup!.count, plan.bounds));
  const matches: Position[] = [];
  let walked = 0;
  while (matches.length < need && driver.head) {
    // Enough candidates for the matches still missing at the share seen so far, within bounds.
    const share = walked === 0 ? 1 : Math.max(matches.length / walked, 1 / 64);
    const batchSize = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil((need - matches.length) / share)));
    const batch: Position[] = [];
    while (batch.length < batchSize && driver.head) {
      batch.push(driver.head);
      await driver.next();
    }
    walked += batch.length;
    let passing = batch;
    for (const check of checks) if (passing.length) passing = await check(passing);
    if (plan.checkedWords.length && passing.length) {
      const records = await readAll<NoteTermsRecord>(termsStore, passing.map(({ id }) => id));
      passing = passing.filter((_, i) => holdsWords(records[i], plan.checkedWords));
    }
    matches.push(...passing);
  }
  return { ids: matches.slice(0, need).map(({ id }) => id), exhausted: !driver.head };
}

/** One term, no other condition: its range holds the answer's ids in order, read in one call. */
async function readTermRange(tx: IDBTransaction, term: string, bounds: OrderBounds, need: number, after?: Position): Promise<string[]> {
  const index = tx.objectStore(NOTE_TERMS_TABLE).index('terms');
  const count = Number.isFinite(need) ? need : undefined;
  const idsIn = (range: IDBKeyRange, limit?: number) => requestResult(index.getAllKeys(range, limit)) as Promise<string[]>;
  if (!after) return idsIn(termRange(term, bounds), count);
  if (after.order > bounds.upper) return [];
  const lower = Math.max(bounds.lower, after.order);
  const tiedWithAfter = lower === after.order;
  // Notes updated at the same moment as `after` sort by id within the index, as the answer does.
  const [tied, later] = await Promise.all([
    tiedWithAfter ? idsIn(IDBKeyRange.only([term, after.order])) : Promise.resolve([]),
    tiedWithAfter && lower === bounds.upper ? Promise.resolve([]) : idsIn(IDBKeyRange.bound([term, lower], [term, bounds.upper], tiedWithAfter, false), count),
  ]);
  return [...tied.filter((id) => id > after.id), ...later].slice(0, count);
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
    const ids = await readTermRange(tx, plan.groups[0]!.terms[0]!, plan.bounds, need, after);
    // The stored count ignores dates; within dates the total is known only when every match was read.
    const dated = plan.bounds.lower !== -Infinity || plan.bounds.upper !== Infinity;
    const total = !dated ? plan.groups[0]!.count : ids.length < need && !after ? ids.length : null;
    return { ids, total };
  }
  const found = await findMatches(tx, plan, need, after);
  return { ids: found.ids, total: found.exhausted && !after ? found.ids.length : null };
}

async function searchTransaction(db: NotesDatabase): Promise<IDBTransaction> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction([NOTES_TABLE, NOTE_TERMS_TABLE, TERM_COUNTS_TABLE], 'readonly');
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

/** Every site with notes, for the library's filter. */
export async function listSites(db: NotesDatabase): Promise<string[]> {
  return distinctKeysOf(db, 'site');
}

/** Every tag in use, for the library's filter and tag suggestions. */
export async function listTags(db: NotesDatabase): Promise<string[]> {
  return distinctKeysOf(db, 'tags');
}

async function distinctKeysOf(db: NotesDatabase, index: 'site' | 'tags'): Promise<string[]> {
  if (!db.isOpen()) await db.open();
  return distinctKeys(db.backendDB().transaction(NOTES_TABLE, 'readonly').objectStore(NOTES_TABLE).index(index));
}

export async function getStats(db: NotesDatabase): Promise<NotesStats> {
  const [all, pages] = await Promise.all([db.termCounts.get(ALL_TERM), db.pages.count()]);
  return { notes: all?.count ?? 0, pages };
}
