/**
 * The article-extraction benchmark's metric (Scrapinghub's article-extraction-benchmark, as its README states it):
 * tokens are runs of word characters (Python's `\w+` on Unicode text), shingles are token 4-grams (a text of one to
 * three tokens is one shingle), matches are counted over the multisets of shingles, and every page weighs the same.
 */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokensOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shinglesOf(text: string): Map<string, number> {
  const tokens = tokensOf(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - SHINGLE);
  for (let i = 0; i <= last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function matchPage(truth: string, predicted: string): PageMatch {
  const t = shinglesOf(truth);
  const p = shinglesOf(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Precision over pages that predicted something, recall over pages whose truth is not empty, F1 of the two means. */
export function scorePages(matches: PageMatch[]): Scores {
  let pSum = 0;
  let pCount = 0;
  let rSum = 0;
  let rCount = 0;
  for (const { tp, fp, fn } of matches) {
    if (tp + fp > 0) {
      pSum += tp / (tp + fp);
      pCount++;
    }
    if (tp + fn > 0) {
      rSum += tp / (tp + fn);
      rCount++;
    }
  }
  const precision = pCount > 0 ? pSum / pCount : 0;
  const recall = rCount > 0 ? rSum / rCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: matches.length };
}
