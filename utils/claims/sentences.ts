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

// Run-on text without sentence ends (tables, lists, 1 MB paragraphs) is cut into pieces no longer than this.
const MAX_SENTENCE = 1000;

/** The sentences of one block, in order, in one linear pass. */
export function sentencesOf(text: string, block: Span): Span[] {
  const sentences: Span[] = [];
  let start = block.start;
  for (let index = block.start; index < block.end; index++) {
    const ch = text[index];
    // A semicolon joins two claims that may cite two sources ("…, police said; organisers put it at…").
    const ends = ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[index + 1] ?? ' ') && isSentenceEnd(text, index));
    if (ends || index + 1 - start >= MAX_SENTENCE) {
      sentences.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  if (start < block.end) sentences.push({ start, end: block.end });
  return sentences;
}
