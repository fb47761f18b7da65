// Words that end the noun phrase after a number ("125 illegal immigrants in California" counts "illegal immigrants").
const STOP = new Set([
  'of', 'in', 'at', 'on', 'who', 'whom', 'that', 'which', 'were', 'was', 'are', 'is', 'be', 'been', 'and', 'or', 'to',
  'from', 'for', 'with', 'by', 'per', 'than', 'had', 'have', 'has', 'will', 'would', 'could', 'should', 'may', 'might',
  'this', 'the', 'a', 'an', 'as', 'into', 'across', 'since', 'during', 'between', 'under', 'over', 'around', 'about',
  'after', 'before', 'when', 'where', 'while', 'but', 'so', 'if', 'their', 'its', 'his', 'her', 'they', 'it', 'last',
  'ago', 'more', 'less', 'fewer', 'each', 'every', 'out', 'up', 'down', 'off', 'alone', 'did', 'do', 'does', 'not',
  'said', 'says', 'told', 'also', 'all', 'other', 'than', 'through', 'until', 'against', 'among', 'within',
  'earlier', 'later', 'now', 'then', 'still', 'just', 'already', 'yet', 'again',
  // Another number starts another phrase: "up from 148 two weeks earlier".
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'dozen',
]);
// A past-tense verb after the noun begins the predicate ("30 people believed trapped", "1,500 viewers complained").
// As the first word it is an adjective ("300 injured workers", "12 registered voters") and stays.
const PAST_TENSE = /ed$/;

const WORD = /^\s([a-z][a-z'’-]{1,24})/;

/** The thing a bare count counts: up to three lower-case words after the number, stopping at function words. */
export function countedNoun(text: string, end: number): string | null {
  const words: string[] = [];
  let at = end;
  while (words.length < 3) {
    const match = WORD.exec(text.slice(at, at + 28));
    if (!match) break;
    const word = match[1]!;
    if (STOP.has(word) || (words.length > 0 && PAST_TENSE.test(word))) break;
    words.push(word);
    at += match[0].length;
    if (/[,.;:!?]/.test(text[at] ?? '')) break;
  }
  return words.length ? words.join(' ') : null;
}
