import type { TermKey } from './note-terms';

/**
 * Plain IndexedDB reads for the search, inside one read-only transaction. Dexie has no call that yields an
 * index's keys with their primary keys in order, which a search needs to merge and intersect terms newest
 * first without reading the notes themselves.
 */

/** Where a note sits in a term's range: its order (-updated), then its id, as IndexedDB sorts index entries. */
export interface Position {
  order: number;
  id: string;
}

export function comparePositions(a: Position, b: Position): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A key cursor over `[term, order]` entries, stepped on demand; `head` is null once past the range. */
export class KeyCursor {
  head: Position | null = null;
  private cursor: IDBCursor | null = null;
  private waiting: { resolve(): void; reject(error: unknown): void } | null = null;

  private constructor(request: IDBRequest<IDBCursor | null>) {
    request.onsuccess = () => {
      this.cursor = request.result;
      this.head = this.cursor ? { order: (this.cursor.key as TermKey)[1], id: String(this.cursor.primaryKey) } : null;
      this.waiting?.resolve();
    };
    request.onerror = () => this.waiting?.reject(request.error);
  }

  /** Opens on `range`, skipping the entries at or before `after` (the last note of the previous page). */
  static async open(index: IDBIndex, range: IDBKeyRange, after?: Position): Promise<KeyCursor> {
    const cursor = new KeyCursor(index.openKeyCursor(range));
    await cursor.settled();
    while (after && cursor.head && comparePositions(cursor.head, after) <= 0) await cursor.next();
    return cursor;
  }

  async next(): Promise<void> {
    if (!this.cursor) return;
    const settled = this.settled();
    this.cursor.continue();
    await settled;
  }

  private settled(): Promise<void> {
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}

/**
 * The distinct string keys of an index, in order: one cursor that jumps from each key past all its entries,
 * so it costs one step per distinct key. (Counting or listing unique keys the plain way walks every entry,
 * which on Chromium's IndexedDB on disk takes most of a second for 100,000 notes.)
 */
export function distinctKeys(index: IDBIndex): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const keys: string[] = [];
    const request = index.openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(keys);
      const key = String(cursor.key);
      keys.push(key);
      // The smallest string after `key` and everything that equals it.
      cursor.continue(`${key}\u0000`);
    };
    request.onerror = () => reject(request.error);
  });
}
