import { MARK_TAG } from './mark-layer';
import { UI_TAG } from './isolated-host';

const OURS = new Set([MARK_TAG.toUpperCase(), UI_TAG.toUpperCase()]);

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && OURS.has((node as Element).tagName);
}

/** Text added outside the article counts only when there is a lot of it (a story loading, not a ticker). */
const OUTSIDE_TEXT_MIN = 200;

function textLength(node: Node): number {
  if (node.nodeType === 3) return (node as Text).data.trim().length;
  return node.nodeType === 1 && !isOurs(node) ? ((node as Element).textContent ?? '').trim().length : 0;
}

/**
 * Whether a batch of mutations may have changed what the reader can read: text added or removed in the article
 * (a paragraph loaded, an expander opened), or a large block of text anywhere (a single-page app loading a story).
 * Outside the article, attribute flips and small updates (tickers, carousels, ads) do not count.
 */
export function changesReadableText(records: readonly MutationRecord[], article: Element | null = null): boolean {
  const inArticle = (node: Node) => article !== null && article.contains(node);
  for (const r of records) {
    if (isOurs(r.target)) continue;
    const inside = article === null || inArticle(r.target);
    if (r.type === 'childList') {
      for (const list of [r.addedNodes, r.removedNodes]) {
        for (const n of list) {
          const length = textLength(n);
          if (length > 0 && (inside && article !== null ? true : length >= OUTSIDE_TEXT_MIN)) return true;
        }
      }
    } else if (r.type === 'attributes' && article !== null && inside && r.target.firstChild !== null) {
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
    /** The article's root once known: changes inside it count in full, changes elsewhere only when large. */
    private readonly article: () => Element | null = () => null,
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
    if (records.length === 0 || !changesReadableText(records, this.article())) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onChange();
    }, this.debounceMs);
  }
}
