import * as v from 'valibot';
import { PageIdentityInputSchema } from '../messaging/schemas';
import type { PageIdentityInput } from '../notes/note-types';

/** The part of `browser.storage.session` this needs (a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** More open tabs than anyone keeps; a closed tab the browser did not report never grows the map past it. */
export const MAX_REMEMBERED_TABS = 500;

const KEY_PREFIX = 'newsmark:tab-page:';

/**
 * Which page each tab's content script last listed notes for, so the popup can ask for a tab's notes at the
 * same time as it asks the page for its state (instead of waiting for the state to learn the URL).
 *
 * Kept in memory, and in the session storage area when there is one: Chrome's MV3 service worker is stopped
 * after half a minute idle and forgets its memory, while the session area lives as long as the browser.
 * A hint only: the popup checks it against the page's own state before trusting the notes.
 */
export class TabPages {
  /** In insertion order, most recently told last, so the first entry is the one to drop. */
  private readonly pages = new Map<number, PageIdentityInput>();

  constructor(private readonly session: SessionArea | null = null) {}

  remember(tabId: number, page: PageIdentityInput): void {
    this.keep(tabId, page);
    // Failing to keep the hint only costs the popup its head start.
    this.session?.set({ [KEY_PREFIX + tabId]: page }).catch(() => undefined);
  }

  async recall(tabId: number): Promise<PageIdentityInput | null> {
    const known = this.pages.get(tabId);
    if (known) return known;
    if (!this.session) return null;
    const key = KEY_PREFIX + tabId;
    let stored: unknown;
    try {
      stored = (await this.session.get(key))[key];
    } catch {
      return null;
    }
    const parsed = v.safeParse(PageIdentityInputSchema, stored);
    if (!parsed.success) return null;
    // Another message may have told a newer page while storage answered.
    if (!this.pages.has(tabId)) this.keep(tabId, parsed.output);
    return this.pages.get(tabId) ?? null;
  }

  forget(tabId: number): void {
    this.pages.delete(tabId);
    this.session?.remove(KEY_PREFIX + tabId).catch(() => undefined);
  }

  private keep(tabId: number, page: PageIdentityInput): void {
    this.pages.delete(tabId);
    this.pages.set(tabId, page);
    if (this.pages.size > MAX_REMEMBERED_TABS) this.forget(this.pages.keys().next().value!);
  }

  /** How many tabs are remembered in memory (tests). */
  get size(): number {
    return this.pages.size;
  }
}
