import type { Note, PageIdentityInput } from '../../utils/notes/note-types';
import type { PageState } from '../../utils/page/page-state';
import { errorMessage } from './error-message';
import type { PopupHost } from './popup-host';
import { POPUP_NOTES_MARK, POPUP_STATE_MARK } from './popup-marks';
import { listsSameNotes, pageIdentityOf } from './tab-page';

/** What the popup shows, as its answers come in. */
export type PopupView =
  | { phase: 'loading' }
  | { phase: 'unreachable' }
  | { phase: 'off'; host: string }
  | { phase: 'ready'; tabId: number; state: PageState; notes: Note[] | null; notesError: string | null };

/** Whether a view is the last one the popup shows (nothing more is on its way). */
export function isComplete(view: PopupView): boolean {
  return view.phase !== 'loading' && (view.phase !== 'ready' || view.notes !== null || view.notesError !== null);
}

type TabNotes = { page: PageIdentityInput | null; notes: Note[] } | null;

/**
 * How long after the page's state the popup waits for the tab's notes before it shows the summary alone.
 * On a machine at rest they come about 30 ms after the state (`npm run bench:popup`).
 */
export const SUMMARY_ALONE_AFTER_MS = 50;

/**
 * Asks the page for its state and the background for the tab's notes at once, and shows both together (the
 * state says which page the notes must belong to, and which of them are orphans). The notes are those of the
 * page the tab's content script last listed; when the state names another page (the tab navigated, an SPA changed its URL, the background never heard of the tab)
 * the notes of the state's own page are asked for, so the shortcut is never wrong, only sometimes not taken.
 */
export async function loadView(host: PopupHost, show: (view: PopupView) => void): Promise<void> {
  let tabId: number | null;
  let state: PageState;
  let tabNotes: Promise<TabNotes>;
  try {
    tabId = await host.tabId();
    if (tabId === null) return show({ phase: 'unreachable' });
    // The shortcut failing only costs its head start.
    tabNotes = host.tabNotes(tabId).catch(() => null);
    void tabNotes.then(() => performance.mark(POPUP_NOTES_MARK));
    state = await host.pageState(tabId);
    performance.mark(POPUP_STATE_MARK);
  } catch {
    return show({ phase: 'unreachable' });
  }
  if (state.disabledOn) return show({ phase: 'off', host: state.disabledOn });
  const page = pageIdentityOf(state);
  let summaryShown = false;
  const showSummary = () => {
    if (summaryShown) return;
    summaryShown = true;
    show({ phase: 'ready', tabId, state, notes: null, notesError: null });
  };
  // One frame with the summary and the notes costs less than two, and the notes usually follow the state
  // closely; the summary goes on screen alone only when they are late (a service worker waking up).
  const lateNotes = setTimeout(showSummary, SUMMARY_ALONE_AFTER_MS);
  const answer = await tabNotes;
  clearTimeout(lateNotes);
  if (answer?.page && listsSameNotes(answer.page, page)) {
    return show({ phase: 'ready', tabId, state, notes: answer.notes, notesError: null });
  }
  showSummary();
  try {
    show({ phase: 'ready', tabId, state, notes: await host.pageNotes(page), notesError: null });
  } catch (failure) {
    show({ phase: 'ready', tabId, state, notes: null, notesError: errorMessage(failure) });
  }
}

