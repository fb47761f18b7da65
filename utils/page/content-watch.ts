import { MARK_TAG } from './mark-layer';
import { UI_TAG } from './isolated-host';

const OURS = new Set([MARK_TAG.toUpperCase(), UI_TAG.toUpperCase()]);

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && OURS.has((node as Element).tagName);
}

function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim().length > 0;
  return node.nodeType === 1 && !isOurs(node) && ((node as Element).textContent ?? '').trim().length > 0;
}

/** Whether a batch of mutations may have changed what the reader can read (new paragraphs, an expander opened). */
export function changesReadableText(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'childList') {
      if (isOurs(r.target)) continue;
      for (const n of r.addedNodes) if (carriesText(n)) return true;
      for (const n of r.removedNodes) if (carriesText(n)) return true;
    } else if (r.type === 'attributes' && !isOurs(r.target) && r.target.firstChild !== null) {
      // Cheap on purpose: a class flips every frame on some pages; the session throttles what follows.
      return true;
    }
  }
  return false;
}

/**
 * Watches the page for content that arrives or opens later and calls `onChange`, debounced. Our own mutations
 * (marks, UI) are made inside `quietly`, whose records are dropped, so marking never triggers itself.
 */
export class ContentWatch {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly target: Node,
    private readonly onChange: () => void,
    signal: AbortSignal,
    private readonly debounceMs = 400,
  ) {
    this.observer = new MutationObserver((records) => this.consider(records));
    this.observer.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'class', 'aria-expanded', 'aria-hidden'],
    });
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      if (this.timer !== null) clearTimeout(this.timer);
    }, { once: true });
  }

  quietly<T>(mutate: () => T): T {
    this.consider(this.observer.takeRecords());
    try {
      return mutate();
    } finally {
      this.observer.takeRecords();
    }
  }

  private consider(records: readonly MutationRecord[]): void {
    if (records.length === 0 || !changesReadableText(records)) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onChange();
    }, this.debounceMs);
  }
}
