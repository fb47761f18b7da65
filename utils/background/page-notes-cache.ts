import type { NotesDatabase } from '../notes/database';
import { listPageNotes } from '../notes/note-store';
import type { Note, PageIdentityInput } from '../notes/note-types';
import { candidateKeys } from '../notes/page-identity';

/** Pages kept: about as many as tabs a reader has open; the least recently read goes first. */
export const MAX_CACHED_PAGES = 200;

/**
 * The notes of recently read pages, kept in the background's memory. A content script lists its page's notes
 * when the page loads; the popup asks for the same notes a moment later and must open within 100 ms, so it
 * gets them from here instead of from IndexedDB. An entry serves only while no write has started since it was
 * read (`NotesDatabase.writeCount`), so a save, edit, delete, import or a page's new alias anywhere makes every
 * entry stale; the worker's restart empties it.
 */
export class PageNotesCache {
  private readonly entries = new Map<string, { writeCount: number; notes: Note[] }>();

  constructor(
    private readonly db: NotesDatabase,
    private readonly read: (db: NotesDatabase, page: PageIdentityInput) => Promise<Note[]> = listPageNotes,
  ) {}

  async list(page: PageIdentityInput): Promise<Note[]> {
    const key = candidateKeys(page).join('\n');
    const cached = this.entries.get(key);
    if (cached && cached.writeCount === this.db.writeCount) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.notes;
    }
    // Counted before reading: a write that starts during the read leaves the entry stale, never wrongly fresh.
    const writeCount = this.db.writeCount;
    const notes = await this.read(this.db, page);
    this.entries.delete(key);
    this.entries.set(key, { writeCount, notes });
    if (this.entries.size > MAX_CACHED_PAGES) this.entries.delete(this.entries.keys().next().value!);
    return notes;
  }
}
