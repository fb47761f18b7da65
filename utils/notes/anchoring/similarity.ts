import search from 'approx-string-match';

/** Every white-space run as one space: a reformatted article re-wraps text but does not change it. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * How alike `pattern` is to the best-matching stretch of `window`: 1 is identical, 0 is nothing alike.
 * Used for a quote's context, where a few characters of difference should count a little, not all.
 */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  const matches = search(window, pattern, pattern.length);
  let fewest = pattern.length;
  for (const match of matches) fewest = Math.min(fewest, match.errors);
  return 1 - fewest / pattern.length;
}

/** A regular expression that finds `quote` with any white space in it matched by any white space. */
export function whitespaceTolerantPattern(quote: string): RegExp {
  const parts = quote.trim().split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('\\s+'), 'g');
}
