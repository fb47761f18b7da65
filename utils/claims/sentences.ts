import type { Span } from './spans';

// Abbreviations after which a full stop does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'capt', 'sgt', 'st', 'jr', 'sr', 'rev',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'v', 'inc', 'corp', 'co', 'ltd',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'approx', 'est', 'dept', 'ave', 'blvd', 'mt', 'ft', 'gov', 'atty', 'supt',
  'cmdr', 'adm', 'maj', 'pres', 'vol', 'pp', 'p', 'fig', 'cf', 'al', 'a.m', 'p.m',
]);

/** True when the full stop at `dot` most likely ends a sentence. */
export function isSentenceEnd(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch !== '.') return ch === '!' || ch === '?';
  const next = text[dot + 1];
  if (next !== undefined && /[\d\w]/.test(next)) return false;
  let wordStart = dot;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!) && dot - wordStart < 12) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // a middle initial: "Tony H. Pham"
  return !ABBREVIATIONS.has(word);
}

// A sentence longer than this is run-on text (lists, tables, 1 MB paragraphs): cap the scan to keep detection linear.
const MAX_REACH = 600;

/** The sentence of `text` (limited to `within`, and to MAX_REACH either side) that holds `position`. */
export function sentenceAround(text: string, position: number, within: Span): Span {
  const lowest = Math.max(within.start, position - MAX_REACH);
  const highest = Math.min(within.end, position + MAX_REACH);
  let start = position;
  while (start > lowest) {
    const ch = text[start - 1]!;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[start] ?? ' ') && isSentenceEnd(text, start - 1)) break;
    start--;
  }
  let end = position;
  while (end < highest) {
    const ch = text[end]!;
    end++;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s|$/.test(text[end] ?? '') && isSentenceEnd(text, end - 1)) break;
  }
  return { start, end };
}
