import { comparePositions, KeyCursor, requestResult, type Position } from './idb-key-cursor';
import type { NoteTermsRecord } from './note-terms-middleware';
import { termRange, type OrderBounds, type TermGroup } from './query-plan';

/**
 * The notes of the search's driving condition (its rarest group of terms), newest first, a batch at a time.
 * Each batch says how far in time it reaches, which is all the checks of the other conditions need.
 */

export interface Candidates {
  /** Newest first. */
  ids: string[];
  /** The order (-updated) of the last: the batch spans the driver's range up to it. */
  upTo: number;
}

export interface SearchDriver {
  /** The next `count` candidates (fewer at the end), or null when there are none left. */
  take(count: number): Promise<Candidates | null>;
  readonly exhausted: boolean;
}

/**
 * Up to `count` ids of one term's notes after `after` (from the start without it), in index order: in one
 * call when nothing is skipped, else two at once. Notes updated at the same moment as `after` sort by id within
 * the index, as the answer does.
 */
export async function termIdsAfter(index: IDBIndex, term: string, bounds: OrderBounds, count: number | undefined, after?: Position): Promise<string[]> {
  const idsIn = (range: IDBKeyRange, limit?: number) => requestResult(index.getAllKeys(range, limit)) as Promise<string[]>;
  if (!after) return idsIn(termRange(term, bounds), count);
  if (after.order > bounds.upper) return [];
  const lower = Math.max(bounds.lower, after.order);
  const tiedWithAfter = lower === after.order;
  const [tied, later] = await Promise.all([
    tiedWithAfter ? idsIn(IDBKeyRange.only([term, after.order])) : Promise.resolve([]),
    tiedWithAfter && lower === bounds.upper ? Promise.resolve([]) : idsIn(IDBKeyRange.bound([term, lower], [term, bounds.upper], tiedWithAfter, false), count),
  ]);
  return [...tied.filter((id) => id > after.id), ...later].slice(0, count);
}

/**
 * A one-term driver reads each batch with getAllKeys: one call for hundreds of ids, where a cursor takes a
 * round trip per entry (about 0.1 to 0.3 ms each on Chromium). The last id's order comes from its terms record.
 */
class TermDriver implements SearchDriver {
  exhausted = false;

  constructor(
    private readonly index: IDBIndex,
    private readonly records: IDBObjectStore,
    private readonly term: string,
    private readonly bounds: OrderBounds,
    private last?: Position,
  ) {}

  async take(count: number): Promise<Candidates | null> {
    if (this.exhausted) return null;
    const ids = await termIdsAfter(this.index, this.term, this.bounds, count, this.last);
    if (ids.length < count) this.exhausted = true;
    const id = ids[ids.length - 1];
    if (id === undefined) return null;
    // The same read-only transaction: the record is there, and every term of a note has the note's order.
    const record = (await requestResult(this.records.get(id))) as NoteTermsRecord;
    this.last = { order: record.terms[0]![1], id };
    return { ids, upTo: this.last.order };
  }
}

/** Several terms (a typed word's completions): their cursors merged, a note held through two terms given once. */
class MergedDriver implements SearchDriver {
  private constructor(private readonly cursors: KeyCursor[]) {}

  static async open(index: IDBIndex, group: TermGroup, bounds: OrderBounds, after?: Position): Promise<MergedDriver> {
    const lower = after ? Math.max(bounds.lower, after.order) : bounds.lower;
    const range = { lower, upper: bounds.upper };
    return new MergedDriver(await Promise.all(group.terms.map((term) => KeyCursor.open(index, termRange(term, range), after))));
  }

  get exhausted(): boolean {
    return this.head === null;
  }

  async take(count: number): Promise<Candidates | null> {
    const ids: string[] = [];
    let upTo = 0;
    for (let head = this.head; head && ids.length < count; head = this.head) {
      ids.push(head.id);
      upTo = head.order;
      await Promise.all(this.cursors.filter((c) => c.head && comparePositions(c.head, head) === 0).map((c) => c.next()));
    }
    return ids.length ? { ids, upTo } : null;
  }

  private get head(): Position | null {
    let best: Position | null = null;
    for (const { head } of this.cursors) if (head && (!best || comparePositions(head, best) < 0)) best = head;
    return best;
  }
}

export async function openDriver(index: IDBIndex, records: IDBObjectStore, group: TermGroup, bounds: OrderBounds, after?: Position): Promise<SearchDriver> {
  if (group.terms.length === 1) return new TermDriver(index, records, group.terms[0]!, bounds, after);
  return MergedDriver.open(index, group, bounds, after);
}
