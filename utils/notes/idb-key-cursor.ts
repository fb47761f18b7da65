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
 * The distinct terms that start with `prefix`, at most `cap` (null when there are more): one cursor that
 * jumps from each term to the next, so a term held by many notes costs one step, not one per note.
 */
export function termsWithPrefix(index: IDBIndex, prefix: string, cap: number): Promise<string[] | null> {
  return new Promise((resolve, reject) => {
    const terms: string[] = [];
    const request = index.openKeyCursor(IDBKeyRange.bound([prefix], [`${prefix}\uffff`]));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(terms);
      if (terms.length === cap) return resolve(null);
      const term = (cursor.key as TermKey)[0];
      terms.push(term);
      // The smallest key after every entry of `term`: [term + U+0000] sorts after [term, any order].
      cursor.continue([`${term}\u0000`]);
    };
    request.onerror = () => reject(request.error);
  });
}
