/**
 * Links from the notes UI back to the pages notes were taken on. Page URLs may come from an imported file, so only
 * http(s) URLs ever become links: a `javascript:` or `data:` URL is shown as text and never opened.
 */

/** The fragment the content script looks for to scroll to a note when the page opens (see README). */
export const NOTE_FRAGMENT_KEY = 'newsmark-note';

export function safePageUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The page URL with `#newsmark-note=<id>` in place of any fragment it had; null when it is no web page. */
export function noteLink(pageUrl: string, noteId: string): string | null {
  const url = safePageUrl(pageUrl);
  if (!url) return null;
  url.hash = `${NOTE_FRAGMENT_KEY}=${encodeURIComponent(noteId)}`;
  return url.href;
}

/** The note id a page URL asks to reveal, or null. Used by the content script when a page opens. */
export function noteIdFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(NOTE_FRAGMENT_KEY);
  return id ? id : null;
}

/** A short, readable form of a page URL for headings: host and path, no scheme. */
export function displayUrl(url: string): string {
  const parsed = safePageUrl(url);
  if (!parsed) return url;
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.host}${path}${parsed.search}`;
}
