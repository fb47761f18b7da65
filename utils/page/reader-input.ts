import type { MarkRecord } from './mark-layer';

/** What the page session does in answer to the reader's mouse, keyboard and selection. */
export interface ReaderActions {
  markAt(node: Node): MarkRecord | undefined;
  /** Whether a click on this node is inside Newsmark's own UI (the card, the Add note button). */
  isOwnUi(node: Node): boolean;
  /** Whether this mark opens a card (a hidden kind's mark without a note does not). */
  opens(record: MarkRecord): boolean;
  openCard(record: MarkRecord): void;
  cardIsOpen(): boolean;
  closeCard(restoreFocus: boolean): void;
  highlight(record: MarkRecord, active: boolean): void;
  /** Starts a note on the selection; false when nothing in the article is selected. */
  noteSelection(): boolean;
  selectionSettled(): void;
}

const SELECTION_SETTLE_MS = 200;

/**
 * Listens to the reader on the page: click or Enter/Space on a mark opens its card, Escape closes it, hovering or
 * focusing one piece of a claim lights up all its pieces, and a settled selection may offer "Add note".
 * Every listener goes when `signal` aborts.
 */
export function listenToReader(doc: Document, actions: ReaderActions, signal: AbortSignal): void {
  const opts = { signal };
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target as Node;
      if (actions.isOwnUi(target)) return;
      const record = actions.markAt(target);
      // A mark inside a link leaves the link working; its card opens from the keyboard.
      const inLink = (target instanceof Element ? target : target.parentElement)?.closest('a[href]');
      if (record && !inLink && actions.opens(record)) {
        event.preventDefault();
        actions.openCard(record);
        return;
      }
      if (actions.cardIsOpen()) actions.closeCard(false);
    },
    { ...opts, capture: true },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      const record = actions.markAt(event.target as Node);
      if (record && event.target === record.elements[0] && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        actions.openCard(record);
      } else if (event.key === 'Escape' && actions.cardIsOpen()) {
        actions.closeCard(true);
      } else if (event.altKey && event.shiftKey && event.code === 'KeyN') {
        // The commands API shortcut does the same; this covers browsers where it is unassigned.
        if (actions.noteSelection()) event.preventDefault();
      }
    },
    opts,
  );
  for (const [type, active] of [['mouseover', true], ['mouseout', false], ['focusin', true], ['focusout', false]] as const) {
    doc.addEventListener(
      type,
      (event) => {
        const record = actions.markAt(event.target as Node);
        if (record) actions.highlight(record, active);
      },
      opts,
    );
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  doc.addEventListener(
    'selectionchange',
    () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => actions.selectionSettled(), SELECTION_SETTLE_MS);
    },
    opts,
  );
  signal.addEventListener('abort', () => timer !== null && clearTimeout(timer), { once: true });
}
