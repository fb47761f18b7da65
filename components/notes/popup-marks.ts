/**
 * Performance marks the popup leaves for `npm run bench:popup`, which reads them from the popup's own
 * timeline (times from the start of the popup's navigation).
 */

/** The popup's script starts running. */
export const POPUP_START_MARK = 'newsmark:popup-start';
/** The page's state has arrived from the tab. */
export const POPUP_STATE_MARK = 'newsmark:popup-state';
/** The tab's notes have arrived from the background (or the shortcut failed). */
export const POPUP_NOTES_MARK = 'newsmark:popup-notes';
/** Everything the final view needs has arrived, before it is rendered. */
export const POPUP_DATA_MARK = 'newsmark:popup-data';
/** The frame showing the page summary has been rendered. */
export const POPUP_SUMMARY_MARK = 'newsmark:popup-summary';
/**
 * The frame showing the page's notes (or the popup's message) has been rendered: what the reader waits for.
 * With many notes, that frame shows the first ones, as many as fit and more; the rest follow in the next frame.
 */
export const POPUP_READY_MARK = 'newsmark:popup-ready';
/** Every note of the page is in the popup (the frame after the first notes, when there are many). */
export const POPUP_ALL_NOTES_MARK = 'newsmark:popup-all-notes';

/**
 * Marks `name` once the next frame has been rendered. A task queued from an animation-frame callback runs
 * after that frame's style, layout and paint, so the mark covers the work of showing what was just rendered.
 */
export function markAfterNextFrame(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
