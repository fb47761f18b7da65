/**
 * One opening of the popup, timed from inside the extension: run in an extension page (the bench's driver),
 * it opens `popup.html?tabId=N` in a small window of its own beside the article (so the article stays the
 * visible tab, as it is for a reader: a hidden page answers more slowly), waits until it shows every note,
 * reads the popup's timeline through `chrome.extension.getViews` (extension pages share one process), and
 * closes the window. No debugger is attached to the popup, so nothing holds its start; and the driver looks
 * only every 100 ms, since it shares the popup's main thread.
 */
import * as marks from '../../components/notes/popup-marks';

/** Times in ms from the start of the popup's navigation; NaN for a mark the popup did not leave. */
export interface PopupTimings {
  /** The popup's document has arrived (navigation timing responseEnd). */
  documentArrived: number;
  /** The document is parsed (domInteractive); its script then waits for its files. */
  parsed: number;
  scriptStart: number;
  stateArrived: number;
  notesArrived: number;
  dataArrived: number;
  firstContentfulPaint: number;
  summaryShown: number;
  ready: number;
  /** Every note is in the popup (the notes past the first frame's follow in the next). */
  allNotesShown: number;
  notesListed: number;
  orphansListed: number;
}

/** The marks' names, handed to the page with the function. */
export const MARK_NAMES = {
  start: marks.POPUP_START_MARK,
  state: marks.POPUP_STATE_MARK,
  notes: marks.POPUP_NOTES_MARK,
  data: marks.POPUP_DATA_MARK,
  summary: marks.POPUP_SUMMARY_MARK,
  ready: marks.POPUP_READY_MARK,
  allNotes: marks.POPUP_ALL_NOTES_MARK,
};

/**
 * Runs in the extension page (serialised with toString, so it uses nothing from outside its arguments, and no
 * named inner functions or function-valued consts: the TypeScript runner wraps those in a helper the page lacks).
 */
export async function timePopupOpening(popupUrl: string, names: typeof MARK_NAMES): Promise<PopupTimings | string> {
  type Chrome = {
    windows: { create(options: object): Promise<{ id: number }>; remove(id: number): Promise<void> };
    extension: { getViews(): Window[] };
  };
  const api = (globalThis as unknown as { chrome: Chrome }).chrome;
  const opened = await api.windows.create({ url: popupUrl, type: 'popup', width: 400, height: 600 });
  try {
    // Until every note is in; a build without that mark is read a second after it is ready.
    let waitedSinceReady = 0;
    for (let waited = 0; waited < 30_000; waited += 100) {
      const view = api.extension.getViews().find((candidate) => candidate.location.href === popupUrl);
      const timeline = view?.performance;
      if (timeline && timeline.getEntriesByName(names.ready).length > 0) waitedSinceReady += 100;
      if (view && timeline && (timeline.getEntriesByName(names.allNotes).length > 0 || waitedSinceReady > 1_000)) {
        const at = Object.fromEntries(
          Object.entries({ ...names, fcp: 'first-contentful-paint' }).map(([key, name]) => [key, timeline.getEntriesByName(name)[0]?.startTime ?? Number.NaN]),
        ) as Record<keyof typeof names | 'fcp', number>;
        const navigation = timeline.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          documentArrived: navigation.responseEnd,
          parsed: navigation.domInteractive,
          scriptStart: at.start,
          stateArrived: at.state,
          notesArrived: at.notes,
          dataArrived: at.data,
          firstContentfulPaint: at.fcp,
          summaryShown: at.summary,
          ready: at.ready,
          allNotesShown: at.allNotes,
          notesListed: view.document.querySelectorAll('.nm-page-notes [data-note-id]').length,
          orphansListed: view.document.querySelectorAll('.nm-notes--orphans [data-note-id]').length,
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return `the popup at ${popupUrl} never marked ${names.ready}`;
  } finally {
    await api.windows.remove(opened.id);
  }
}
