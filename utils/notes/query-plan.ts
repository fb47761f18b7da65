import { requestResult } from './idb-key-cursor';
import { ALL_TERM, facetTerm, orderOf, pairTerm } from './note-terms';
import type { TermCountRecord } from './note-terms-middleware';
import type { NoteQuery } from './note-types';
import { queryWords } from './search-words';

/**
 * How a query is answered from the `terms` index. Every condition is a group of terms (a note matches it when
 * it holds any of them): a typed word's completions, or one filter value. The plan looks every term's count up
 * in `termCounts` (one read per group, whatever the size of the library) and lets the rarest group drive the
 * search; it never counts an index range, which Chromium does by walking it.
 */

/** A condition read from the index. `count` counts the notes holding each term, dates aside (an upper bound). */
export interface TermGroup {
  terms: string[];
  count: number;
  /** The two filters of a pair term, read from `notePairs` (on a terms record: a note holding both). */
  pair?: [string, string];
  /** A typed word's completions: how many notes hold each term, in the order of `terms`. */
  termNotes?: number[];
}

export interface OrderBounds {
  lower: number;
  upper: number;
}

export interface QueryPlan {
  /** Rarest first: the first drives the search, the others are checked on its candidates. */
  groups: TermGroup[];
  /** Typed words so common, with so many completions, that they are checked on each note read instead. */
  checkedWords: string[];
  bounds: OrderBounds;
  /** Notes in the store. */
  total: number;
  /** Some condition holds no note: the answer is empty without reading anything. */
  empty: boolean;
}

/** A typed word in more than this share of the notes is checked on the notes read: few of them fail it. */
const COMMON_SHARE = 1 / 2;
/** Completions of a typed word read term by term; a word with more is checked on the notes read instead. */
const MAX_COMPLETIONS = 64;

export function termRange(term: string, bounds: OrderBounds): IDBKeyRange {
  return IDBKeyRange.bound([term, bounds.lower], [term, bounds.upper]);
}

/** The date filter as bounds on the order (-updated): `to` is the lower bound, `from` the upper. */
export function orderBounds(query: Pick<NoteQuery, 'from' | 'to'>): OrderBounds {
  return {
    lower: query.to !== undefined ? orderOf(query.to) : -Infinity,
    upper: query.from !== undefined ? orderOf(query.from) : Infinity,
  };
}

function facetTerms(query: NoteQuery): string[] {
  const terms = (query.tags ?? []).map(facetTerm.tag);
  if (query.site) terms.push(facetTerm.site(query.site));
  if (query.verdict) terms.push(facetTerm.verdict(query.verdict));
  if (query.kind) terms.push(facetTerm.kind(query.kind));
  return [...new Set(terms)];
}

interface FacetPair {
  term: string;
  /** The two facets' places in the query's list. */
  facets: [number, number];
}

function facetPairs(facets: readonly string[]): FacetPair[] {
  const pairs: FacetPair[] = [];
  for (let i = 0; i < facets.length; i++) for (let j = i + 1; j < facets.length; j++) pairs.push({ term: pairTerm(facets[i]!, facets[j]!), facets: [i, j] });
  return pairs;
}

/**
 * The filters' groups. One filter is its own term. Two or more are read through their pair terms: the rarest
 * pair drives (or is the whole answer), and each filter it leaves out is checked through the rarest pair that
 * holds it, smaller than the filter alone.
 */
function facetGroups(facets: readonly string[], counts: readonly number[], pairs: readonly FacetPair[]): TermGroup[] {
  if (pairs.length === 0) return facets.map((term, i) => ({ terms: [term], count: counts[i]! }));
  const rarestFirst = pairs.map((pair, i) => ({ ...pair, count: counts[i]! })).sort((a, b) => a.count - b.count);
  const chosen = [rarestFirst[0]!];
  const covered = new Set(rarestFirst[0]!.facets);
  facets.forEach((_, facet) => {
    if (covered.has(facet)) return;
    const pair = rarestFirst.find((candidate) => candidate.facets.includes(facet))!;
    chosen.push(pair);
    for (const held of pair.facets) covered.add(held);
  });
  return chosen.map((pair) => ({ terms: [pair.term], count: pair.count, pair: [facets[pair.facets[0]]!, facets[pair.facets[1]]!] }));
}

function countOf(counts: IDBObjectStore, term: string): Promise<number> {
  return requestResult(counts.get(term) as IDBRequest<TermCountRecord | undefined>).then((record) => record?.count ?? 0);
}

/** The stored terms a typed word is a prefix of, with their counts; at most `cap` + 1 (more means too many). */
function completionsOf(counts: IDBObjectStore, word: string, cap: number): Promise<TermCountRecord[]> {
  return requestResult(counts.getAll(IDBKeyRange.bound(word, `${word}\uffff`), cap + 1) as IDBRequest<TermCountRecord[]>);
}

const sum = (records: readonly TermCountRecord[]) => records.reduce((total, record) => total + record.count, 0);

/** Plans a query from the term counts (the `termCounts` store of the search's transaction). */
export async function planQuery(counts: IDBObjectStore, query: NoteQuery): Promise<QueryPlan> {
  const bounds = orderBounds(query);
  const plan: QueryPlan = { groups: [], checkedWords: [], bounds, total: 0, empty: false };
  if (bounds.lower > bounds.upper) return { ...plan, empty: true };
  const words = query.text ? queryWords(query.text) : [];
  const facets = facetTerms(query);
  const pairs = facets.length > 1 ? facetPairs(facets) : [];
  const [total, completions, facetCounts] = await Promise.all([
    countOf(counts, ALL_TERM),
    Promise.all(words.map((word) => completionsOf(counts, word, MAX_COMPLETIONS))),
    Promise.all((pairs.length > 0 ? pairs.map((pair) => pair.term) : facets).map((term) => countOf(counts, term))),
  ]);
  if (total === 0 || completions.some((found) => found.length === 0) || facetCounts.includes(0)) return { ...plan, empty: true };
  plan.total = total;

  const groups = facetGroups(facets, facetCounts, pairs);
  words.forEach((word, i) => {
    const found = completions[i]!;
    if (found.length > MAX_COMPLETIONS || sum(found) > total * COMMON_SHARE) plan.checkedWords.push(word);
    else groups.push({ terms: found.map((record) => record.term), count: sum(found), termNotes: found.map((record) => record.count) });
  });
  if (groups.length === 0) groups.push({ terms: [ALL_TERM], count: total });
  groups.sort((a, b) => a.count - b.count);
  return { ...plan, groups };
}
