import type { Note, PageIdentityInput } from '../../utils/notes/note-types';
import type { PageState } from '../../utils/page/page-state';

/** What the popup needs from the browser; the entrypoint wires the real one, unit tests a fake. */
export interface PopupHost {
  /** The tab the popup is about, or null when there is none. */
  tabId(): Promise<number | null>;
  /** Rejects when no content script answers (browser pages, the extension store, a page still loading). */
  pageState(tabId: number): Promise<PageState>;
  pageNotes(page: PageIdentityInput): Promise<Note[]>;
  /**
   * The notes of the page the tab's content script last listed notes for, and that page (null when unknown).
   * Asked at the same time as the page's state, so it cannot wait for the state's URL.
   */
  tabNotes(tabId: number): Promise<{ page: PageIdentityInput | null; notes: Note[] }>;
  /** Scrolls the page to the note and flashes it; false when the note has no place on the page. */
  revealNote(tabId: number, noteId: string): Promise<boolean>;
  /** Turns Newsmark back on for a site the reader turned it off on; the page restarts it by itself. */
  enableSite(host: string): Promise<void>;
  openLibrary(): Promise<void>;
  close(): void;
}
