import type { Quote, Statistic, SyndicationNotice } from '../../utils/analysis/types';
import { publisherKey } from '../../utils/claims/syndication/publisher-names';

/** Counts for precision, recall and F1, with the accuracy of an attribute over the matched pairs. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs whose attribute (speaker, qualifier, origin…) agrees, by attribute name. */
  agree: Record<string, number>;
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, agree: {} };
}

export function addTally(into: Tally, from: Tally): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  for (const [key, count] of Object.entries(from.agree)) into.agree[key] = (into.agree[key] ?? 0) + count;
}

function agree(tally: Tally, key: string, yes: boolean): void {
  tally.agree[key] = (tally.agree[key] ?? 0) + (yes ? 1 : 0);
}

export function f1(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp + tally.fp ? tally.tp / (tally.tp + tally.fp) : 1;
  const recall = tally.tp + tally.fn ? tally.tp / (tally.tp + tally.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Where each labelled text lies in the article: successive occurrences for repeated texts. */
export function locate(text: string, items: readonly { text: string }[]): { start: number; end: number }[] {
  const cursor = new Map<string, number>();
  return items.map((item) => {
    const start = text.indexOf(item.text, cursor.get(item.text) ?? 0);
    if (start < 0) throw new Error(`label not in text: ${item.text}`);
    cursor.set(item.text, start + 1);
    return { start, end: start + item.text.length };
  });
}

/** Speakers and sources compare without case and a leading article ("the DHS" is "DHS"). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const tidy = (name: string | null | undefined) => (name ?? '').toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[’']/g, "'").trim();
  return tidy(a) === tidy(b);
}

export interface LabelledQuote {
  text: string;
  speaker: string | null;
}

/** Quotes: a predicted span counts when it is exactly a labelled span; the speaker is then compared. */
export function scoreQuotes(text: string, gold: readonly LabelledQuote[], predicted: readonly Quote[], misses: string[]): Tally {
  const tally = emptyTally();
  const spans = locate(text, gold);
  const used = new Set<number>();
  for (const quote of predicted) {
    const index = spans.findIndex((span, i) => !used.has(i) && span.start === quote.start && span.end === quote.end);
    if (index < 0) {
      tally.fp++;
      misses.push(`  quote FP: ${quote.text.slice(0, 70)}  [${quote.speaker}]`);
      continue;
    }
    used.add(index);
    tally.tp++;
    const ok = sameName(quote.speaker, gold[index]!.speaker);
    agree(tally, 'speaker', ok);
    if (!ok) misses.push(`  speaker: ${quote.text.slice(0, 50)} → ${quote.speaker} (want ${gold[index]!.speaker})`);
  }
  gold.forEach((quote, index) => {
    if (!used.has(index)) {
      tally.fn++;
      misses.push(`  quote FN: ${quote.text.slice(0, 70)}`);
    }
  });
  return tally;
}

export interface LabelledStatistic {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  source: string | null;
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Statistics: a prediction counts when its span overlaps a labelled one and the values agree. */
export function scoreStatistics(text: string, gold: readonly LabelledStatistic[], predicted: readonly Statistic[], misses: string[]): Tally {
  const tally = emptyTally();
  const spans = locate(text, gold);
  const used = new Set<number>();
  for (const statistic of predicted) {
    const index = spans.findIndex((span, i) => !used.has(i) && span.start < statistic.end && statistic.start < span.end && sameValue(statistic.value, gold[i]!.value));
    if (index < 0) {
      tally.fp++;
      misses.push(`  stat FP: "${statistic.text}" = ${statistic.value}`);
      continue;
    }
    used.add(index);
    tally.tp++;
    const want = gold[index]!;
    agree(tally, 'qualifier', statistic.qualifier === want.qualifier);
    agree(tally, 'source', sameName(statistic.source, want.source));
    agree(tally, 'span', statistic.start === spans[index]!.start && statistic.end === spans[index]!.end);
    agree(tally, 'unit', sameName(statistic.unit, want.unit));
    if (statistic.qualifier !== want.qualifier) misses.push(`  qualifier: "${statistic.text}" ${statistic.qualifier} (want ${want.qualifier})`);
    if (!sameName(statistic.source, want.source)) misses.push(`  source: "${statistic.text}" ${statistic.source} (want ${want.source})`);
  }
  gold.forEach((statistic, index) => {
    if (!used.has(index)) {
      tally.fn++;
      misses.push(`  stat FN: "${statistic.text}" = ${statistic.value}`);
    }
  });
  return tally;
}

export interface LabelledNotice {
  kind: string;
  origin: string | null;
}

/** Notices: a prediction counts when a labelled notice of the same kind is still unmatched; origins then compare. */
export function scoreNotices(gold: readonly LabelledNotice[], predicted: readonly SyndicationNotice[], misses: string[]): Tally {
  const tally = emptyTally();
  const used = new Set<number>();
  for (const notice of predicted) {
    const index = gold.findIndex((want, i) => !used.has(i) && want.kind === notice.kind);
    if (index < 0) {
      tally.fp++;
      misses.push(`  notice FP: ${notice.kind} ${notice.origin} "${notice.text.slice(0, 60)}"`);
      continue;
    }
    used.add(index);
    tally.tp++;
    const want = gold[index]!.origin;
    const ok = want === null ? notice.origin === null : publisherKey(notice.origin ?? '') === publisherKey(want);
    agree(tally, 'origin', ok);
    if (!ok) misses.push(`  origin: ${notice.kind} ${notice.origin} (want ${want})`);
  }
  gold.forEach((want, index) => {
    if (!used.has(index)) {
      tally.fn++;
      misses.push(`  notice FN: ${want.kind} ${want.origin}`);
    }
  });
  return tally;
}
