import type { Quotation } from './find-quotations';

// Words before a quoted term that make it a label, a title or a nickname rather than someone's words.
const LABEL_BEFORE = /(?:so-called|so called|dubbed|nicknamed|known as|titled|entitled|called|named|termed|branded|labell?ed|the word|the term|the phrase|the hashtag|the slogan|the book|the film|the movie|the song|the album|the show|the series|the podcast|the play|the novel|the documentary|the report|the article|the column|the headline|the essay|the poem|the episode|the campaign|the program|the programme|the operation|the bill|the act|marked|stamped|reading|read|signs? saying|chanting|chanted)\s{0,3}$/i;

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs.', 'is', 'as', 'but', 'nor']);

export type QuotationVerdict = 'quote' | 'needs-attribution' | 'not-a-quote';

/**
 * Whether a quotation is someone's words. Scare quotes, so-called terms, titles of works, nicknames and single
 * quoted words are not; a short fragment counts only when an attribution claims it.
 */
export function judgeQuotation(text: string, quotation: Quotation, wholeInner: string): QuotationVerdict {
  const inner = wholeInner.trim();
  const words = firstWords(inner);
  if (words.length === 0) return 'not-a-quote';
  const before = text.slice(Math.max(0, quotation.start - 40), quotation.start);
  const after = text.slice(quotation.end, quotation.end + 3);
  const endsSentence = /[.!?,…]['’"”]?$/.test(inner) || /^[.!?]/.test(after);
  if (words.length <= 8 && !/[.!?]$/.test(inner) && LABEL_BEFORE.test(before)) return 'not-a-quote';
  // A nickname between two parts of a name: Robert “Bobby” Kennedy.
  if (words.length <= 3 && /[A-Z][\p{L}.]*\s$/u.test(before) && /^\s[A-Z]/.test(after)) return 'not-a-quote';
  if (words.length <= 12 && !/[.!?,]$/.test(inner) && isTitleCase(words)) return 'needs-attribution';
  if (words.length === 1) return endsSentence ? 'needs-attribution' : 'not-a-quote';
  if (words.length <= 3) return 'needs-attribution';
  return 'quote';
}

// Nothing below tells apart quotations of more words than this.
const WORDS_THAT_MATTER = 13;
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The first words of a quotation (pieces between spaces that hold a letter or digit), at most WORDS_THAT_MATTER: a
 * long quotation is a quote whatever it says. The plain ASCII test spares most words the slower Unicode one.
 */
function firstWords(inner: string): string[] {
  const words: string[] = [];
  for (const piece of inner.slice(0, 200).split(/\s+/)) {
    if (!ASCII_LETTER_OR_DIGIT.test(piece) && !LETTER_OR_DIGIT.test(piece)) continue;
    words.push(piece);
    if (words.length === WORDS_THAT_MATTER) break;
  }
  return words;
}

/** "Lost Tycoon: The Many Lives of Donald J. Trump": every word but the small ones capitalised. */
function isTitleCase(words: string[]): boolean {
  if (words.length < 2) return false;
  return words.every((word, index) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (!bare) return true;
    if (index > 0 && SMALL_WORDS.has(bare.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}]/u.test(bare);
  });
}
