/**
 * The words a note is found by. Search is an index lookup: each note's distinct normalised words are terms of
 * the multiEntry `terms` index (note-terms.ts), and a query word matches every stored word it is a prefix of
 * (an index range), so results come as the reader types without reading the whole table.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const DIACRITICS = /\p{M}+/gu;
/** Longer words are cut: nobody types 40 letters to find a note, and index keys stay small. */
const MAX_WORD_LENGTH = 24;
/** A bound on the index entries one note adds (a long quote of a whole section). */
const MAX_WORDS_PER_NOTE = 400;

/** Lower case, accents folded (café finds cafe), split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) words.push(match[0].slice(0, MAX_WORD_LENGTH));
  return words;
}

/** The distinct words of all the given texts, for the `words` index. */
export function indexWords(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of tokenize(text)) {
      words.add(word);
      if (words.size >= MAX_WORDS_PER_NOTE) return [...words];
    }
  }
  return [...words];
}

/** The distinct words of a query, longest first (the search itself counts which is rarest: query-plan.ts). */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))].sort((a, b) => b.length - a.length);
}
