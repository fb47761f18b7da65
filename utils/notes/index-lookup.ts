import type { IndexableType, Table } from 'dexie';

/**
 * The primary keys of the rows whose `index` holds any of `values`: one equality range per value, read in
 * parallel. Dexie's `anyOf` walks one cursor that jumps from value to value, a round trip per step; an
 * equality range is read in one getAllKeys call, which is what IndexedDB does fastest.
 */
export async function keysEqualToAny<Row>(table: Table<Row, string>, index: string, values: readonly IndexableType[]): Promise<string[]> {
  const ranges = await Promise.all(values.map((value) => table.where(index).equals(value).primaryKeys()));
  return [...new Set(ranges.flat())];
}
