import { requestResult, termsWithPrefix } from './idb-key-cursor';
import { ALL_TERM, facetTerm, orderOf } from './note-terms';
import type { NoteQuery } from './note-types';
import { queryWords } from './search-words';

/**
 * How a query is answered from the `terms` index. Every condition is a group of terms (a note matches it when
 * it holds any of them): a typed word's completions, or one filter value. Counting a range is nearly free in
 * IndexedDB (no note is read), so the plan counts every group and lets the rarest drive the search.
 */

/** A condition read from the index. `count` counts index entries within the dates (an upper bound on notes). */
export interface TermGroup {
  terms: string[];
  count: number;
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
  /** Some condition holds no note: the answer is empty without reading anything. */
  empty: boolean;
}

/** A typed word in more than this share of the notes is checked on the notes read: few of them fail it. */
const COMMON_SHARE = 1 / 2;
/** Completions enumerated for a typed word before it counts as too broad to read term by term. */
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

export async function planQuery(index: IDBIndex, query: NoteQuery): Promise<QueryPlan> {
  const bounds = orderBounds(query);
  if (bounds.lower > bounds.upper) return { groups: [], checkedWords: [], bounds, empty: true };
  const countTerms = async (terms: string[]) =>
    (await Promise.all(terms.map((term) => requestResult(index.count(termRange(term, bounds)))))).reduce((sum, n) => sum + n, 0);
  const words = query.text ? queryWords(query.text) : [];
  const [total, prefixCounts] = await Promise.all([
    countTerms([ALL_TERM]),
    Promise.all(words.map((word) => requestResult(index.count(IDBKeyRange.bound([word], [`${word}\uffff`]))))),
  ]);
  const plan: QueryPlan = { groups: [], checkedWords: [], bounds, empty: false };
  if (total === 0 || prefixCounts.includes(0)) return { ...plan, empty: true };

  const termLists: string[][] = facetTerms(query).map((term) => [term]);
  const common: string[] = [];
  await Promise.all(
    words.map(async (word, i) => {
      const completions = prefixCounts[i]! <= total * COMMON_SHARE ? await termsWithPrefix(index, word, MAX_COMPLETIONS) : null;
      if (completions) termLists.push(completions);
      else common.push(word);
    }),
  );
  if (termLists.length === 0) termLists.push([ALL_TERM]);
  const groups = await Promise.all(termLists.map(async (terms) => ({ terms, count: await countTerms(terms) })));
  groups.sort((a, b) => a.count - b.count);
  return { groups, checkedWords: common, bounds, empty: groups[0]!.count === 0 };
}
