import type { NotesDatabase } from '../database';
import type { ImportReport, Note } from '../note-types';
import { normalizeTags } from '../note-store';
import { normalizeUrl } from '../page-identity';
import { writeImport } from './import-notes';
import { MAX_STAGED_NOTES } from './import-limits';

/**
 * Imports too large for one message, staged in the background's memory: the library sends checked notes in
 * batches under one import id, and `commit` writes them all in one transaction. Nothing reaches the database
 * before the commit, so an import whose library page closes, whose worker restarts or whose later batch is
 * refused leaves the store as it was. A staged import nobody touches for `idleMs` is dropped, so a page that
 * closed without saying so frees the memory.
 */

const IDLE_MS = 2 * 60_000;

interface StagedImport {
  notes: Map<string, Note>;
  timer: ReturnType<typeof setTimeout>;
}

const gone = () =>
  new Error('This import is no longer open (the library page was closed, or it waited too long, or the background restarted). Nothing was imported.');

export class ImportStaging {
  private readonly imports = new Map<string, StagedImport>();

  constructor(private readonly idleMs = IDLE_MS) {}

  begin(): string {
    const importId = crypto.randomUUID();
    this.imports.set(importId, { notes: new Map(), timer: this.expiry(importId) });
    return importId;
  }

  /** Adds a batch; returns how many notes are staged. A duplicate id or too many notes drops the whole import. */
  add(importId: string, notes: readonly Note[]): number {
    const staged = this.open(importId);
    for (const note of notes) {
      if (staged.notes.has(note.id)) {
        this.abort(importId);
        throw new Error(`This file holds note ${note.id} twice. Nothing was imported.`);
      }
      // The page key and tags are derived here, as on every other write, not taken from the sender.
      staged.notes.set(note.id, { ...note, pageKey: normalizeUrl(note.pageUrl), tags: normalizeTags(note.tags) });
    }
    if (staged.notes.size > MAX_STAGED_NOTES) {
      this.abort(importId);
      throw new Error(`This file holds more than ${MAX_STAGED_NOTES.toLocaleString('en')} notes, more than one import takes. Nothing was imported.`);
    }
    return staged.notes.size;
  }

  /** Writes every staged note in one transaction and forgets the import, whether the write succeeded or not. */
  async commit(db: NotesDatabase, importId: string): Promise<ImportReport> {
    const notes = [...this.open(importId).notes.values()];
    this.abort(importId);
    return writeImport(db, notes);
  }

  abort(importId: string): boolean {
    const staged = this.imports.get(importId);
    if (!staged) return false;
    clearTimeout(staged.timer);
    return this.imports.delete(importId);
  }

  get openImports(): number {
    return this.imports.size;
  }

  private open(importId: string): StagedImport {
    const staged = this.imports.get(importId);
    if (!staged) throw gone();
    clearTimeout(staged.timer);
    staged.timer = this.expiry(importId);
    return staged;
  }

  private expiry(importId: string): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.abort(importId), this.idleMs);
  }
}
