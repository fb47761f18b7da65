import { noteIdFromFragment } from '../../components/notes/page-link';

/** The part of a page session the fragment needs: when its notes are placed, and how to show one. */
export interface NoteRevealer {
  readonly ready: Promise<void>;
  revealNote(noteId: string): boolean;
}

/**
 * Follows `#newsmark-note=<id>` (the library's "open the page at the note"): once the session has placed its notes,
 * reveals that note, and again whenever the fragment later changes to name a note. Any other fragment belongs to
 * the page and is left alone.
 */
export function followNoteFragment(win: Window, session: NoteRevealer, signal: AbortSignal): void {
  const revealFromFragment = async () => {
    const noteId = noteIdFromFragment(win.location.hash);
    if (!noteId) return;
    await session.ready;
    // The fragment may have moved on while the notes were being placed.
    if (signal.aborted || noteIdFromFragment(win.location.hash) !== noteId) return;
    session.revealNote(noteId);
  };
  win.addEventListener('hashchange', () => void revealFromFragment(), { signal });
  void revealFromFragment();
}
