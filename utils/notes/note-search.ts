import type { NotesDatabase, NoteRecord } from './database';
import { keysEqualToAny } from './index-lookup';
import { tagKeys, toNote } from './database';
import type { Note, NoteQuery, NotesStats } from './note-types';
import { queryWords } from './search-words';

/**
 * Search and filters over all notes. A text query is answered from the multiEntry `words` index; filters
 * without text start from an index on one of them. Nothing here reads the whole table unless the query asks
 * for every note.
 */

function matchesFilters(note: NoteRecord, query: NoteQuery, words: string[] = []): boolean {
  if (words.length > 1 && !hasWords(note, words)) return false;
  if (query.verdict && note.verdict !== query.verdict) return false;
  if (query.kind && note.kind !== query.kind) return false;
  if (query.site && note.site !== query.site) return false;
  if (query.from !== undefined && note.updated < query.from) return false;
  if (query.to !== undefined && note.updated > query.to) return false;
  if (query.tags?.length) {
    const tags = new Set(note.tags.map((tag) => tag.toLowerCase()));
    if (!query.tags.every((tag) => tags.has(tag.toLowerCase()))) return false;
  }
  return true;
}

/**
 * Candidates for a text query: the notes having the query's rarest word (counted in the index first), so
 * only one index range is read whatever the query's length. The other words are checked on each note read
 * (`hasWords`), which is cheaper than reading and intersecting a large range per word.
 */
async function idsForWords(db: NotesDatabase, words: string[]): Promise<string[]> {
  let rarest = words[0]!;
  if (words.length > 1) {
    const counts = await Promise.all(words.map((word) => db.notes.where('words').startsWith(word).count()));
    rarest = words[counts.indexOf(Math.min(...counts))]!;
  }
  return [...new Set(await db.notes.where('words').startsWith(rarest).primaryKeys())];
}

/** True when every query word is a word of the note or the start of one. */
function hasWords(note: NoteRecord, words: string[]): boolean {
  return words.every((word) => note.words.some((noteWord) => noteWord.startsWith(word)));
}

/** Ids of the notes the narrowest indexed filter allows, most selective first; null when there is none. */
function filterIds(db: NotesDatabase, query: NoteQuery): Promise<string[]> | null {
  if (query.tags?.length) return keysEqualToAny(db.notes, 'tagKeys', tagKeys(query.tags));
  if (query.site) return db.notes.where('site').equals(query.site).primaryKeys();
  if (query.verdict) return db.notes.where('verdict').equals(query.verdict).primaryKeys();
  if (query.kind) return db.notes.where('kind').equals(query.kind).primaryKeys();
  if (query.from !== undefined || query.to !== undefined) {
    return db.notes.where('updated').between(query.from ?? -Infinity, query.to ?? Infinity, true, true).primaryKeys();
  }
  return null;
}

/**
 * Below this many candidates they are all read and sorted. Above it, with a limit, candidates are read newest
 * first: the date index is read in time windows (keys only, each window twice as long as the last) and
 * reading stops once the limit is reached, so a query that matches half the notes reads about a page of them.
 */
const READ_ALL_BELOW = 400;

const newestFirst = (a: NoteRecord, b: NoteRecord) => b.updated - a.updated || (a.id < b.id ? -1 : 1);

async function readNewestFirst(db: NotesDatabase, ids: Set<string>, query: NoteQuery, words: string[], limit: number): Promise<NoteRecord[]> {
  const [newest, oldest] = await Promise.all([db.notes.orderBy('updated').last(), db.notes.orderBy('updated').first()]);
  if (!newest || !oldest) return [];
  const found: NoteRecord[] = [];
  // Expect `limit` matches in the newest limit/density share of the time span; start at twice that.
  let span = Math.max(1, (newest.updated - oldest.updated) * Math.min(1, (2 * limit) / ids.size));
  let upper = newest.updated + 1;
  while (found.length < limit && upper > oldest.updated) {
    const lower = upper - span;
    const inWindow = await db.notes.where('updated').between(lower, upper, true, false).primaryKeys();
    const wanted = inWindow.filter((id) => ids.has(id));
    for (const record of await db.notes.bulkGet(wanted)) if (record && matchesFilters(record, query, words)) found.push(record);
    upper = lower;
    span *= 2;
  }
  // Every note at or after the last window's start was seen, so the newest `limit` are among those found.
  return found.sort(newestFirst).slice(0, limit);
}

/** Notes matching the query, newest first, at most `query.limit`. */
export async function searchNotes(db: NotesDatabase, query: NoteQuery = {}): Promise<Note[]> {
  const limit = query.limit ?? Infinity;
  const words = query.text ? queryWords(query.text) : [];
  let ids: string[];
  if (words.length > 0) {
    ids = await idsForWords(db, words);
  } else {
    const filtered = filterIds(db, query);
    if (!filtered) {
      // No filter: newest first straight from the date index, stopping at the limit. Everything is read
      // forwards and reversed here: IndexedDB reads a range in one call (getAll) only in ascending order.
      if (Number.isFinite(limit)) return (await db.notes.orderBy('updated').reverse().limit(limit).toArray()).map(toNote);
      return (await db.notes.orderBy('updated').toArray()).reverse().map(toNote);
    }
    ids = [...new Set(await filtered)];
  }
  if (Number.isFinite(limit) && ids.length >= READ_ALL_BELOW) {
    return (await readNewestFirst(db, new Set(ids), query, words, limit)).map(toNote);
  }
  const records = (await db.notes.bulkGet(ids)).filter((note): note is NoteRecord => !!note);
  const matching = records.filter((note) => matchesFilters(note, query, words)).sort(newestFirst);
  return (Number.isFinite(limit) ? matching.slice(0, limit) : matching).map(toNote);
}

/** Every site with notes, for the library's filter. */
export async function listSites(db: NotesDatabase): Promise<string[]> {
  return (await db.notes.orderBy('site').uniqueKeys()).map(String);
}

/** Every tag in use, for the library's filter and tag suggestions. */
export async function listTags(db: NotesDatabase): Promise<string[]> {
  return (await db.notes.orderBy('tags').uniqueKeys()).map(String);
}

export async function getStats(db: NotesDatabase): Promise<NotesStats> {
  const [notes, pages] = await Promise.all([db.notes.count(), db.pages.count()]);
  return { notes, pages };
}
