import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Note } from '../../utils/notes/note-types';
import type { AnchorStatus, PageState } from '../../utils/page/page-state';
import { errorMessage } from './error-message';
import { NoteItem } from './NoteItem';
import { PageSummary } from './PageSummary';
import type { PopupHost } from './popup-host';
import { markAfterNextFrame, POPUP_ALL_NOTES_MARK, POPUP_DATA_MARK, POPUP_READY_MARK, POPUP_SUMMARY_MARK } from './popup-marks';
import { isComplete, loadView, type PopupView } from './popup-view';

/** The toolbar popup: what Newsmark found on the current page and the reader's notes on it. */
export function Popup({ host }: { host: PopupHost }) {
  const [view, setView] = useState<PopupView>({ phase: 'loading' });

  // A layout effect runs right after the first render; a plain effect would wait for a frame before even
  // asking the page, and the popup has 100 ms to show the notes.
  useLayoutEffect(() => {
    let live = true;
    void loadView(host, (next) => {
      if (!live) return;
      const complete = isComplete(next);
      if (complete) performance.mark(POPUP_DATA_MARK);
      setView(next);
      if (next.phase === 'ready' && next.notes === null && next.notesError === null) markAfterNextFrame(POPUP_SUMMARY_MARK);
      if (complete) markAfterNextFrame(POPUP_READY_MARK);
    });
    return () => {
      live = false;
    };
  }, [host]);

  return (
    <div class="nm-popup">
      <header class="nm-popup__header">
        <h1>Newsmark</h1>
        <button type="button" class="nm-button" onClick={() => void host.openLibrary().then(() => host.close())}>
          Open notes library
        </button>
      </header>
      <main class="nm-popup__main">
        {view.phase === 'loading' && <p role="status">Reading the page…</p>}
        {view.phase === 'unreachable' && <Unreachable />}
        {view.phase === 'off' && <SiteOff host={host} site={view.host} />}
        {view.phase === 'ready' && (
          <>
            <PageSummary state={view.state} />
            <PageNotes host={host} tabId={view.tabId} state={view.state} notes={view.notes} error={view.notesError} />
          </>
        )}
      </main>
    </div>
  );
}

function Unreachable() {
  return (
    <section class="nm-notice" aria-labelledby="nm-unreachable-heading">
      <h2 id="nm-unreachable-heading">Newsmark cannot read this page</h2>
      <p>
        Browser pages (settings, new tabs, the add-on stores) and some protected pages do not let extensions in. If
        this is a web page that was open before Newsmark was installed or updated, reload it. Then open the popup
        again.
      </p>
    </section>
  );
}

/** The reader turned Newsmark off on this site from the page panel; this is the way back. */
function SiteOff({ host, site }: { host: PopupHost; site: string }) {
  const [status, setStatus] = useState<'off' | 'turning-on' | 'on' | { failed: string }>('off');

  async function turnOn() {
    setStatus('turning-on');
    try {
      await host.enableSite(site);
      setStatus('on');
    } catch (failure) {
      setStatus({ failed: errorMessage(failure) });
    }
  }

  return (
    <section class="nm-notice" aria-labelledby="nm-site-off-heading">
      <h2 id="nm-site-off-heading">{status === 'on' ? `Newsmark is on again on ${site}` : `Newsmark is off on ${site}`}</h2>
      {status === 'on' ? (
        <p role="status">The page is being read again; its marks come back in a moment.</p>
      ) : (
        <>
          <p>You chose “Not on this site” in the page’s summary panel, so Newsmark marks nothing here.</p>
          <button type="button" class="nm-button nm-button--primary" disabled={status === 'turning-on'} onClick={() => void turnOn()}>
            Turn on for this site
          </button>
          {typeof status === 'object' && (
            <p class="nm-error" role="alert">
              Could not turn Newsmark on: {status.failed}
            </p>
          )}
        </>
      )}
    </section>
  );
}

interface PageNotesProps {
  host: PopupHost;
  tabId: number;
  state: PageState;
  notes: Note[] | null;
  error: string | null;
}

/**
 * How many notes the first frame shows: more than fit in the popup's height (600 px at most; on the demo
 * article the header and summary take 440 px, and a card about 120 px). The rest follow in the next frame, so
 * a page with a hundred notes shows its first ones as fast as a page with a few. Every card more in the first
 * frame is layout and paint the reader waits for: traced, that frame took a median 16 ms of the popup's main
 * thread with 8 cards and 11 ms with 5 (loaded machine).
 */
export const FIRST_FRAME_NOTES = 5;

/** The class of a card the first frame does not show (popup.css leaves its layout until it is scrolled to). */
function laterCard(at: number): string | undefined {
  return at >= FIRST_FRAME_NOTES ? 'nm-later' : undefined;
}

function PageNotes({ host, tabId, state, notes, error }: PageNotesProps) {
  const [jumpMessage, setJumpMessage] = useState('');
  const [firstFrameShown, setFirstFrameShown] = useState(false);
  const anchors = new Map<string, AnchorStatus>(state.anchors.map((anchor) => [anchor.noteId, anchor.status]));
  const ordered = [...(notes ?? [])].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
  const placed = ordered.filter((note) => anchors.get(note.id) !== 'orphan');
  const orphans = ordered.filter((note) => anchors.get(note.id) === 'orphan');
  const everyNoteShown = notes !== null && (firstFrameShown || ordered.length <= FIRST_FRAME_NOTES);
  const shown = everyNoteShown ? ordered.length : FIRST_FRAME_NOTES;
  const shownPlaced = placed.slice(0, shown);
  const shownOrphans = orphans.slice(0, Math.max(0, shown - placed.length));

  // An effect runs once the frame is painted: the first notes are on screen, now the rest.
  useEffect(() => {
    if (notes === null) return;
    if (everyNoteShown) performance.mark(POPUP_ALL_NOTES_MARK);
    else setFirstFrameShown(true);
  }, [notes, everyNoteShown]);

  async function jump(note: Note) {
    setJumpMessage('');
    try {
      if (await host.revealNote(tabId, note.id)) {
        host.close();
        return;
      }
      setJumpMessage('This note could not be placed on the page.');
    } catch (failure) {
      setJumpMessage(`Could not reach the page: ${errorMessage(failure)}`);
    }
  }

  return (
    <section class="nm-page-notes" aria-labelledby="nm-notes-heading">
      <h2 id="nm-notes-heading">
        Your notes on this page {notes && <span class="nm-count">({ordered.length})</span>}
      </h2>
      <p role="status" class="nm-jump-message">
        {jumpMessage}
      </p>
      {error && (
        <p class="nm-error" role="alert">
          Could not load your notes: {error}
        </p>
      )}
      {!notes && !error && <p class="nm-muted">Loading your notes…</p>}
      {notes && ordered.length === 0 && (
        <p class="nm-muted">No notes on this page yet. Click a mark or select text on the page to add one.</p>
      )}
      {shownPlaced.length > 0 && (
        <ul class="nm-notes nm-notes--placed">
          {shownPlaced.map((note, at) => (
            <li key={note.id} class={laterCard(at)}>
              <NoteItem note={note} anchor={anchors.get(note.id)}>
                <button type="button" class="nm-button nm-jump" onClick={() => void jump(note)}>
                  Jump to note
                </button>
              </NoteItem>
            </li>
          ))}
        </ul>
      )}
      {shownOrphans.length > 0 && (
        <>
          <h3 class="nm-orphans-heading">Not found on the page ({orphans.length})</h3>
          <p class="nm-muted">The page changed and these passages are gone. Your notes on them are kept.</p>
          <ul class="nm-notes nm-notes--orphans">
            {shownOrphans.map((note, at) => (
              <li key={note.id} class={laterCard(shownPlaced.length + at)}>
                <NoteItem note={note} anchor="orphan" />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
