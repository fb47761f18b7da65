import type { Note } from './note-types';
import { indexWords } from './search-words';

/**
 * The terms a note is found by, each stored as `[term, -updated]` in the multiEntry `terms` index. The time in
 * the key keeps every term's notes newest first (ascending order of -updated), so a search reads a page of
 * the newest matches without reading every note that has the term, a date filter is a bound on the range,
 * and a count of one term's range is exact.
 *
 * Words are letters and digits only (search-words.ts); facet terms start with '#', so the range of a typed
 * word prefix never reaches them.
 */

export type TermKey = [term: string, order: number];

/** Every note has this term: its range is all notes, newest first. */
export const ALL_TERM = '#all';

export const facetTerm = {
  tag: (tag: string) => `#tag:${tag.toLowerCase()}`,
  site: (site: string) => `#site:${site}`,
  verdict: (verdict: string) => `#verdict:${verdict}`,
  kind: (kind: string) => `#kind:${kind}`,
};

/** The index's sort position for a note: newer notes come first. */
export function orderOf(updated: number): number {
  return -updated;
}

/** The words a note is found by: its text, quote, page title and tags. */
export function noteWords(note: Pick<Note, 'text' | 'selectors' | 'pageTitle' | 'tags'>): string[] {
  return indexWords(note.text, note.selectors.quote.exact, note.pageTitle, ...note.tags);
}

export function noteTerms(note: Pick<Note, 'text' | 'selectors' | 'pageTitle' | 'tags' | 'site' | 'verdict' | 'kind' | 'updated'>): TermKey[] {
  const terms = new Set<string>([ALL_TERM, ...noteWords(note), facetTerm.kind(note.kind)]);
  for (const tag of note.tags) terms.add(facetTerm.tag(tag));
  if (note.site) terms.add(facetTerm.site(note.site));
  if (note.verdict) terms.add(facetTerm.verdict(note.verdict));
  const order = orderOf(note.updated);
  return [...terms].map((term) => [term, order]);
}

/** The words of a stored note, read back from its terms (facet terms are not words). */
export function wordsOfTerms(terms: readonly TermKey[]): string[] {
  return terms.map(([term]) => term).filter((term) => !term.startsWith('#'));
}
