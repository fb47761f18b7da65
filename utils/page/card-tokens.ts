import { browser } from 'wxt/browser';

/**
 * Proof that a note card was opened by Newsmark, not by a page that framed note-card.html itself.
 *
 * The content script writes the card's token into the extension's own storage before it frames the card; the
 * card accepts its first message only if that token is there (and fresh), and takes it out. A page can put any
 * token in a URL, but it cannot write extension storage.
 */
const PREFIX = 'newsmark:card:';
const FRESH_MS = 60_000;

export async function registerCardToken(token: string): Promise<void> {
  await browser.storage.local.set({ [PREFIX + token]: Date.now() });
}

export async function forgetCardToken(token: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + token);
}

/** True once for a token Newsmark registered in the last minute. */
export async function claimCardToken(token: string): Promise<boolean> {
  const key = PREFIX + token;
  const stored = (await browser.storage.local.get(key))[key];
  if (typeof stored !== 'number') return false;
  await browser.storage.local.remove(key);
  return Date.now() - stored < FRESH_MS;
}
