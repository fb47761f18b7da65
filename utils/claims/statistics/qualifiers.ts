import type { Qualifier } from '../../analysis/types';

// Hedges before a number, longest first so that "just over" wins over "over".
const BEFORE: [string, Qualifier][] = [
  ['more than', '>'], ['greater than', '>'], ['higher than', '>'], ['larger than', '>'], ['upwards of', '>'],
  ['in excess of', '>'], ['north of', '>'], ['just over', '>'], ['well over', '>'], ['well above', '>'],
  ['over', '>'], ['above', '>'], ['exceeding', '>'], ['beyond', '>'], ['excess of', '>'],
  ['less than', '<'], ['fewer than', '<'], ['lower than', '<'], ['smaller than', '<'], ['just under', '<'],
  ['well under', '<'], ['well below', '<'], ['shy of', '<'], ['short of', '<'], ['under', '<'], ['below', '<'],
  ['nearly', '~'], ['almost', '~'], ['about', '~'], ['around', '~'], ['roughly', '~'], ['approximately', '~'],
  ['approx.', '~'], ['an estimated', '~'], ['estimated', '~'], ['close to', '~'], ['circa', '~'], ['some', '~'],
  ['just about', '~'], ['an average of', '~'], ['on average', '~'], ['averaging', '~'], ['an approximate', '~'],
  ['at least', '>='], ['no fewer than', '>='], ['no less than', '>='], ['a minimum of', '>='], ['not less than', '>='],
  ['at most', '<='], ['up to', '<='], ['no more than', '<='], ['not more than', '<='], ['as many as', '<='],
  ['as much as', '<='], ['a maximum of', '<='], ['as high as', '<='], ['as few as', '>='], ['as little as', '>='],
  ['as low as', '>='],
  ['exactly', '='], ['precisely', '='], ['a total of', '='], ['only', '='], ['just', '='],
];

// Not Unicode-aware on purpose: a case-insensitive Unicode regex costs V8 well over 100 ms to compile, paid on the
// first number of the first page; the hedges are English words.
const BEFORE_PATTERN = new RegExp(
  `(?:^|[^A-Za-z])(${BEFORE.map(([words]) => words.replace(/[.]/g, '\\.').replace(/ /g, '\\s{1,3}')).join('|')})\\s{1,3}$`,
  'i',
);
const SYMBOL_BEFORE = /(~|≈|<=|>=|≤|≥|<|>)\s?$/;
const AFTER_PATTERN = /^(?:\s(?:or\s(more|higher|above|greater|fewer|less|lower|below|so)|(plus)|and\s(?:up|above|counting|rising))\b|(\+))/i;

// Verbs that pass a number ("the rate topped 40%"): the number is a floor the value went beyond. The verb says so
// but is not part of the statistic's words, unlike a hedge.
const PASSING_VERBS = new Set(['topped', 'tops', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'eclipsed', 'eclipses', 'outstripped']);

const LAST_WORDS = new Set(BEFORE.map(([words]) => words.split(' ').pop()!));
const BY_WORDS = new Map(BEFORE.map(([words, qualifier]) => [words, qualifier]));
const SYMBOLS: Record<string, Qualifier> = { '~': '~', '≈': '~', '<': '<', '>': '>', '<=': '<=', '>=': '>=', '≤': '<=', '≥': '>=' };

export interface QualifierReading {
  qualifier: Qualifier;
  /** Where the hedge's words begin (before the number) or end (after it). */
  start: number;
  end: number;
}

/** The hedge written around the number at [start, end), or "=" when it stands bare. */
export function readQualifier(text: string, start: number, end: number, floor: number): QualifierReading {
  const before = text.slice(Math.max(floor, start - 30), start);
  // Most numbers stand bare: look at the word before first, and try the long pattern only after a hedge's last word.
  const lastWord = lastWordOf(before);
  const words = lastWord && LAST_WORDS.has(lastWord) ? BEFORE_PATTERN.exec(before) : null;
  if (words) {
    const key = words[1]!.toLowerCase().replace(/\s+/g, ' ');
    const qualifier = BY_WORDS.get(key) ?? '=';
    const offsetInBefore = words.index + words[0].length - words[1]!.length - trailing(words[0]);
    return { qualifier, start: start - before.length + offsetInBefore, end };
  }
  if (lastWord && PASSING_VERBS.has(lastWord)) return { qualifier: '>', start, end };
  const symbol = /[~≈<>≤≥=]/.test(before[before.length - 1] ?? before[before.length - 2] ?? '') || /[~≈<>≤≥=]/.test(before[before.length - 2] ?? '') ? SYMBOL_BEFORE.exec(before) : null;
  if (symbol) return { qualifier: SYMBOLS[symbol[1]!]!, start: start - (before.length - symbol.index), end };
  const after = mayHedgeAfter(text, end) ? AFTER_PATTERN.exec(text.slice(end, end + 16)) : null;
  if (after) {
    const word = (after[1] ?? after[2] ?? after[3] ?? '').toLowerCase();
    const qualifier: Qualifier = word === 'so' ? '~' : /more|higher|above|greater|plus|\+|^$/.test(word) ? '>=' : '<=';
    return { qualifier: after[0].includes('counting') || after[0].includes('up') || after[0].includes('rising') ? '>=' : qualifier, start, end: end + after[0].length };
  }
  return { qualifier: '=', start, end };
}

/** A hedge after a number is "+" or a space then "or", "plus" or "and": most numbers are followed by none of these. */
function mayHedgeAfter(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next === '+') return true;
  const word = text.charAt(end + 1);
  return next !== '' && next.trim() === '' && word !== '' && 'oOpPaA'.includes(word);
}

function trailing(match: string): number {
  return match.length - match.trimEnd().length;
}

/** The word right before the end of `text` (after at most three spaces), lower-cased; a backwards scan, no regex. */
function lastWordOf(text: string): string | undefined {
  let end = text.length;
  let spaces = 0;
  while (end > 0 && text[end - 1] === ' ' && spaces < 3) {
    end--;
    spaces++;
  }
  if (spaces === 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}

/** A Latin letter or a full stop ("approx."), by char code: this runs before every number. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}
