import type { Span } from './spans';

// Abbreviations after which a full stop does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'capt', 'sgt', 'st', 'jr', 'sr', 'rev',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'v', 'inc', 'corp', 'co', 'ltd',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'approx', 'est', 'dept', 'ave', 'blvd', 'mt', 'ft', 'gov', 'atty', 'supt',
  'cmdr', 'adm', 'maj', 'pres', 'vol', 'pp', 'p', 'fig', 'cf', 'al', 'a.m', 'p.m',
]);

/** True when the full stop at `dot` most likely ends a sentence. Char codes, not regexes: this runs at every stop. */
export function isSentenceEnd(text: string, dot: number): boolean {
  const code = text.charCodeAt(dot);
  if (code !== DOT) return code === EXCLAMATION || code === QUESTION;
  if (dot + 1 < text.length && isWordCode(text.charCodeAt(dot + 1))) return false;
  let wordStart = dot;
  while (wordStart > 0 && dot - wordStart < 12 && isLetterOrDot(text.charCodeAt(wordStart - 1))) wordStart--;
  // A middle initial: "Tony H. Pham".
  if (dot - wordStart === 1 && text.charCodeAt(wordStart) !== DOT) return false;
  if (dot - wordStart > LONGEST_ABBREVIATION) return true;
  return !ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

const DOT = 46;
const EXCLAMATION = 33;
const QUESTION = 63;
const SEMICOLON = 59;

/** [A-Za-z0-9_], what a regex's \w is. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function isLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === DOT;
}

const WHITESPACE = /\s/;
// Where a sentence may end: the scan jumps from one to the next instead of reading every character.
const STOP_MARK = /[.!?;]/g;

// Run-on text without sentence ends (tables, lists, 1 MB paragraphs) is cut into pieces no longer than this.
const MAX_SENTENCE = 1000;

/** The sentences of one block, in order, in one linear pass. */
export function sentencesOf(text: string, block: Span): Span[] {
  const sentences: Span[] = [];
  let start = block.start;
  STOP_MARK.lastIndex = block.start;
  for (;;) {
    const mark = STOP_MARK.exec(text);
    const at = mark && mark.index < block.end ? mark.index : block.end;
    while (start + MAX_SENTENCE - 1 < at) {
      sentences.push({ start, end: start + MAX_SENTENCE });
      start += MAX_SENTENCE;
    }
    if (at === block.end) break;
    // A semicolon joins two claims that may cite two sources ("…, police said; organisers put it at…").
    const ends = text.charCodeAt(at) === SEMICOLON || (WHITESPACE.test(text[at + 1] ?? ' ') && isSentenceEnd(text, at));
    if (ends || at + 1 - start >= MAX_SENTENCE) {
      sentences.push({ start, end: at + 1 });
      start = at + 1;
    }
  }
  if (start < block.end) sentences.push({ start, end: block.end });
  return sentences;
}
