import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Note, NoteDraft, NotePage, NoteQuery, PageIdentityInput, ImportReport, NotePatch, NotesStats } from '../notes/note-types';
import type { PageState } from '../page/page-state';
import type { ClaimsRequest } from '../analysis/assemble-analysis';
import type { Claims } from '../analysis/types';

/**
 * Messages answered by the background, which alone owns the notes database.
 * Every payload is validated there against the schemas in `./schemas.ts` before it is used:
 * the types below are what a well-behaved sender sends, not what the background trusts.
 */
export interface NotesProtocol {
  /** Creates or replaces a note (the id is made by the sender, so a retried save is harmless). Resolves after commit. */
  saveNote(draft: NoteDraft): Note;
  /** Deletes a note and returns it, so the caller can offer undo by saving it again. */
  deleteNote(id: string): Note | null;
  /** The notes of one page, whatever URL variant it was saved under. */
  listPageNotes(page: PageIdentityInput): Note[];
  /**
   * The notes of the page a tab's content script last listed notes for, and that page (null when the tab never
   * asked): the popup asks this at the same time as the page's state, and falls back to `listPageNotes` when the
   * state names another page.
   */
  listTabNotes(tabId: number): { page: PageIdentityInput | null; notes: Note[] };
  /** Notes matching a full-text query and filters, newest first. */
  searchNotes(query: NoteQuery): Note[];
  /** One page of that search (`query.limit` notes after `query.after`), whether more match, and the total when known. */
  searchNotePage(query: NoteQuery): NotePage;
  /** Opens a staged import (a file is checked in the library and sent in batches); answers its id. */
  beginImport(): string;
  /** Adds checked notes to a staged import; answers how many are staged. Nothing is stored yet. */
  stageImport(batch: { importId: string; notes: Note[] }): number;
  /** Stores every staged note in one transaction, all or nothing, and closes the import. */
  commitImport(importId: string): ImportReport;
  /** Drops a staged import without storing anything. */
  abortImport(importId: string): boolean;
  /** Edits a note's text, tags or verdict (library); rejects an unknown id. Resolves after commit. */
  updateNote(patch: NotePatch): Note;
  /** Puts a deleted note back exactly as it was, created date included (undo). */
  restoreNote(note: Note): Note;
  /** Every site with notes, for the library's filter. */
  listSites(): string[];
  /** Every tag in use. */
  listTags(): string[];
  getStats(): NotesStats;
}

export const notesMessenger = defineExtensionMessaging<NotesProtocol>();

/**
 * Messages answered by the background that run the claim detectors, so the page's main thread never does
 * (and the content script does not carry them). Validated like the notes messages (`ClaimsRequestSchema`).
 */
export interface ClaimsProtocol {
  /** The claims of an article text; offsets index into the text sent. */
  detectClaims(request: ClaimsRequest): Claims;
}

export const claimsMessenger = defineExtensionMessaging<ClaimsProtocol>();

/** Messages answered by the content script of a tab (sent by the popup and the background). */
export interface TabProtocol {
  getPageState(): PageState;
  /** Scrolls to the note's mark and flashes it; false when the note cannot be placed on the page. */
  revealNote(noteId: string): boolean;
  /** Starts a note on the current selection (context menu, keyboard command). */
  noteSelection(): boolean;
}

export const tabMessenger = defineExtensionMessaging<TabProtocol>();
