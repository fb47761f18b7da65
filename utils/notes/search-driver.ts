import { comparePositions, KeyCursor, requestResult, type Position } from './idb-key-cursor';
import type { TermKey } from './note-terms';
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
  /** The candidates' terms records, when the driver read them with the ids. */
  records?: Map<string, NoteTermsRecord>;
}

export interface SearchDriver {
  /** The next `count` candidates (fewer at the end), or null when there are none left. */
  take(count: number): Promise<Candidates | null>;
  readonly exhausted: boolean;
  /** Its candidates come with their terms records, so every other condition is best checked on those. */
  readonly givesRecords: boolean;
}

type RangeReader<Entry> = (range: IDBKeyRange, count?: number) => Promise<Entry[]>;

/**
 * Up to `count` entries of one term after `after` (from the start without it), in index order: in one call
 * when nothing is skipped, else two at once. Notes updated at the same moment as `after` sort by id within the
 * index, as the answer does.
 */
async function readAfter<Entry>(read: RangeReader<Entry>, idOf: (entry: Entry) => string, term: string, bounds: OrderBounds, count: number | undefined, after?: Position): Promise<Entry[]> {
  if (!after) return read(termRange(term, bounds), count);
  if (after.order > bounds.upper) return [];
  const lower = Math.max(bounds.lower, after.order);
  const tiedWithAfter = lower === after.order;
  const [tied, later] = await Promise.all([
    tiedWithAfter ? read(IDBKeyRange.only([term, after.order])) : Promise.resolve([]),
    tiedWithAfter && lower === bounds.upper ? Promise.resolve([]) : read(IDBKeyRange.bound([term, lower], [term, bounds.upper], tiedWithAfter, false), count),
  ]);
  return [...tied.filter((entry) => idOf(entry) > after.id), ...later].slice(0, count);
}

/** Up to `count` ids of one term's notes after `after`, in index order. */
export function termIdsAfter(index: IDBIndex, term: string, bounds: OrderBounds, count: number | undefined, after?: Position): Promise<string[]> {
  const ids: RangeReader<string> = (range, limit) => requestResult(index.getAllKeys(range, limit)) as Promise<string[]>;
  return readAfter(ids, (id) => id, term, bounds, count, after);
}

/** IndexedDB 3.0's `getAllRecords` (Chromium 141 on, and Firefox ESR 153): each entry's key, primary key and value in one call. */
interface IndexWithRecords extends IDBIndex {
  getAllRecords(options: { query: IDBKeyRange; count?: number }): IDBRequest<{ key: IDBValidKey; primaryKey: IDBValidKey; value: unknown }[]>;
}

const hasGetAllRecords = (index: IDBIndex): index is IndexWithRecords => typeof (index as Partial<IndexWithRecords>).getAllRecords === 'function';

interface Entry extends Position {
  record: NoteTermsRecord;
}

/** Up to `count` entries of one term after `after`, in index order, each with its note's terms record. */
function entriesAfter(index: IndexWithRecords, term: string, bounds: OrderBounds, count: number, after?: Position): Promise<Entry[]> {
  const entries: RangeReader<Entry> = async (range, limit) =>
    (await requestResult(index.getAllRecords({ query: range, count: limit }))).map((entry) => ({
      order: (entry.key as TermKey)[1],
      id: String(entry.primaryKey),
      record: entry.value as NoteTermsRecord,
    }));
  return readAfter(entries, (entry) => entry.id, term, bounds, count, after);
}

/**
 * A one-term driver reads each batch with getAllKeys: one call for hundreds of ids, where a cursor takes a
 * round trip per entry (about 0.1 to 0.3 ms each on Chromium). The last id's order comes from its terms record.
 */
class TermDriver implements SearchDriver {
  exhausted = false;
  readonly givesRecords = false;

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

/** One term's entries, a batch at a time, each sized by the term's share of the candidates still wanted. */
class TermStream {
  private buffer: Entry[] = [];
  private at = 0;
  private done = false;

  constructor(
    private readonly index: IndexWithRecords,
    private readonly term: string,
    /** The term's share of the group's notes. */
    private readonly share: number,
    private readonly bounds: OrderBounds,
    private last?: Position,
  ) {}

  get head(): Entry | null {
    return this.buffer[this.at] ?? null;
  }

  get needsRead(): boolean {
    return !this.done && this.at >= this.buffer.length;
  }

  /** `wanted`: the candidates the driver still needs, of which this term holds about its share. */
  async read(wanted: number): Promise<void> {
    const batch = Math.min(MAX_STREAM_BATCH, Math.max(MIN_STREAM_BATCH, Math.ceil(wanted * this.share * STREAM_SLACK)));
    this.buffer = await entriesAfter(this.index, this.term, this.bounds, batch, this.last);
    this.at = 0;
    if (this.buffer.length < batch) this.done = true;
    this.last = this.buffer[this.buffer.length - 1] ?? this.last;
  }

  advance(): void {
    this.at++;
  }
}

/** A quarter more than the term's share, so that an uneven spread over time seldom needs a second read. */
const STREAM_SLACK = 1.25;
/** A rare completion is read whole in one small call. */
const MIN_STREAM_BATCH = 8;
const MAX_STREAM_BATCH = 2048;

/**
 * Several terms (a typed word's completions) merged newest first, a note held through two terms given once.
 * Each term is read in batches (`getAllRecords`: the ids with their order and terms records), sized by its
 * share of the group, and the terms that ran out are read again together. The records come along, so the
 * other conditions are checked on them with no read of their own.
 */
class RecordsMergedDriver implements SearchDriver {
  readonly givesRecords = true;

  constructor(private readonly streams: TermStream[]) {}

  get exhausted(): boolean {
    return this.streams.every((stream) => !stream.head && !stream.needsRead);
  }

  async take(count: number): Promise<Candidates | null> {
    const ids: string[] = [];
    const records = new Map<string, NoteTermsRecord>();
    let upTo = 0;
    while (ids.length < count) {
      // A term's next entry may come before every entry in hand, so a term that ran out is read before choosing.
      await Promise.all(this.streams.filter((stream) => stream.needsRead).map((stream) => stream.read(count - ids.length)));
      let head: Entry | null = null;
      for (const stream of this.streams) if (stream.head && (!head || comparePositions(stream.head, head) < 0)) head = stream.head;
      if (!head) break;
      for (const stream of this.streams) if (stream.head && comparePositions(stream.head, head) === 0) stream.advance();
      ids.push(head.id);
      records.set(head.id, head.record);
      upTo = head.order;
    }
    return ids.length ? { ids, upTo, records } : null;
  }
}

/** The same merge with a key cursor per term, where `getAllRecords` is missing: a round trip per entry. */
class MergedDriver implements SearchDriver {
  readonly givesRecords = false;

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
  if (hasGetAllRecords(index)) {
    const shares = group.terms.map((_, i) => (group.termNotes?.[i] ?? group.count / group.terms.length) / group.count);
    return new RecordsMergedDriver(group.terms.map((term, i) => new TermStream(index, term, shares[i]!, bounds, after)));
  }
  return MergedDriver.open(index, group, bounds, after);
}
