import type { NoteSelectors } from '../note-types';

/** How much text around a quote is kept to tell it apart from its twins and to find it again after edits. */
export const CONTEXT_LENGTH = 32;

/**
 * The W3C selectors of `[start, end)` of the article text: the quote with about 32 characters either side
 * (TextQuoteSelector) and its offsets (TextPositionSelector). Offsets are clamped to the text.
 */
export function describeRange(text: string, start: number, end: number): NoteSelectors {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.max(from, Math.min(Math.max(start, end), text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
