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
 *
 * Each pair of a note's facets (tag, site, verdict, kind) is a term too, as a compound index would be: a
 * filter on two of them ("misleading" and tagged "economy") then reads one range, newest first, instead of
 * walking one filter's notes and checking the other on each (at 100,000 notes, up to 260 ms against the
 * 150 ms a search may take). A note has a few facets, so a few pairs: 6 for a note with a tag, a site and a
 * verdict. They are kept in a table of their own (`notePairs`), so adding them to a library never rewrote
 * the forty-odd word terms of each note.
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

export const PAIR_PREFIX = '#pair:';

/** The term of the notes holding both facet terms, the same whichever comes first. */
export function pairTerm(a: string, b: string): string {
  // JSON keeps the two apart whatever a tag holds.
  return `${PAIR_PREFIX}${JSON.stringify(a < b ? [a, b] : [b, a])}`;
}

/** The pair terms of a note's facet terms, every pair once. */
export function pairTerms(facets: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < facets.length; i++) for (let j = i + 1; j < facets.length; j++) pairs.push(pairTerm(facets[i]!, facets[j]!));
  return pairs;
}

/** A tag, site, verdict or kind term: not a word, not "#all". */
const isFacetTerm = (term: string) => term.startsWith('#') && term !== ALL_TERM;

/** The index's sort position for a note: newer notes come first. */
export function orderOf(updated: number): number {
  return -updated;
}

/** The words a note is found by: its text, quote, page title and tags. */
export function noteWords(note: Pick<Note, 'text' | 'selectors' | 'pageTitle' | 'tags'>): string[] {
  return indexWords(note.text, note.selectors.quote.exact, note.pageTitle, ...note.tags);
}

/** The facet terms of a note, in the order its terms list them. */
function facetTerms(note: Pick<Note, 'tags' | 'site' | 'verdict' | 'kind'>): string[] {
  const facets = new Set<string>([facetTerm.kind(note.kind), ...note.tags.map(facetTerm.tag)]);
  if (note.site) facets.add(facetTerm.site(note.site));
  if (note.verdict) facets.add(facetTerm.verdict(note.verdict));
  return [...facets];
}

export function noteTerms(note: Pick<Note, 'text' | 'selectors' | 'pageTitle' | 'tags' | 'site' | 'verdict' | 'kind' | 'updated'>): TermKey[] {
  const terms = new Set<string>([ALL_TERM, ...noteWords(note), ...facetTerms(note)]);
  const order = orderOf(note.updated);
  return [...terms].map((term) => [term, order]);
}

/** The pair terms of a note, kept in `notePairs`. */
export function notePairs(note: Pick<Note, 'tags' | 'site' | 'verdict' | 'kind' | 'updated'>): TermKey[] {
  const order = orderOf(note.updated);
  return pairTerms(facetTerms(note)).map((term) => [term, order]);
}

/** The same pairs, from the note's terms (its facets are among them): what schema version 5 adds to a library. */
export function pairsOfTerms(terms: readonly TermKey[]): TermKey[] {
  const order = terms[0]?.[1] ?? 0;
  return pairTerms(terms.map(([term]) => term).filter(isFacetTerm)).map((term) => [term, order]);
}

/** The words of a stored note, read back from its terms (facet terms are not words). */
export function wordsOfTerms(terms: readonly TermKey[]): string[] {
  return terms.map(([term]) => term).filter((term) => !term.startsWith('#'));
}
