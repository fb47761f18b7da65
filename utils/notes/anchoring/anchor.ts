import search from 'approx-string-match';
import type { NoteSelectors } from '../note-types';
import type { AnchorStatus } from '../../page/page-state';
import { collapseWhitespace, similarity, whitespaceTolerantPattern } from './similarity';

/**
 * Finds a saved note's text again in today's article text. Pure and small: the content script runs it on
 * every visit. The order is the W3C selectors' own: the exact quote (its twins told apart by context and
 * position), then the saved position, then a fuzzy search scored on quote, context and position.
 */

export interface Anchor {
  start: number;
  end: number;
  status: AnchorStatus;
  /** 0..1: how sure the placement is (1: same quote, same context, same place). */
  score: number;
}

/** Below this share of matching characters a fuzzy match of the quote is not the reader's quote. */
const MIN_QUOTE_SIMILARITY = 0.75;
/** Below this overall score (quote, context and position together) the note is an orphan. */
const MIN_FUZZY_SCORE = 0.6;
/** Beyond this many candidates only the closest to the saved position are scored. */
const MAX_CANDIDATES = 64;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 10 };
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
}

function contextScore(text: string, start: number, end: number, selectors: NoteSelectors): { prefix: number; suffix: number } {
  const { prefix, suffix } = selectors.quote;
  // A little slack either side: an edit just outside the quote shifts its context by a few characters.
  const before = collapseWhitespace(text.slice(Math.max(0, start - prefix.length - 8), start));
  const after = collapseWhitespace(text.slice(end, end + suffix.length + 8));
  // An empty saved context means the quote began (or ended) the article; it still should.
  const prefixScore = prefix ? similarity(before, collapseWhitespace(prefix)) : start === 0 ? 1 : 0.5;
  const suffixScore = suffix ? similarity(after, collapseWhitespace(suffix)) : end === text.length ? 1 : 0.5;
  return { prefix: prefixScore, suffix: suffixScore };
}

function score(text: string, candidate: Candidate, selectors: NoteSelectors): number {
  const context = contextScore(text, candidate.start, candidate.end, selectors);
  const distance = Math.abs(candidate.start - selectors.position.start);
  const position = 1 - Math.min(1, distance / Math.max(text.length, 1));
  return (
    (candidate.quoteSimilarity * WEIGHT.quote +
      context.prefix * WEIGHT.prefix +
      context.suffix * WEIGHT.suffix +
      position * WEIGHT.position) /
    WEIGHT_TOTAL
  );
}

function best(text: string, candidates: Candidate[], selectors: NoteSelectors): { candidate: Candidate; score: number } | null {
  const expected = selectors.position.start;
  const considered =
    candidates.length > MAX_CANDIDATES
      ? [...candidates].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, MAX_CANDIDATES)
      : candidates;
  let winner: { candidate: Candidate; score: number } | null = null;
  for (const candidate of considered) {
    const value = score(text, candidate, selectors);
    if (!winner || value > winner.score) winner = { candidate, score: value };
  }
  return winner;
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, quoteSimilarity: 1 });
  }
  return found;
}

function whitespaceTolerantOccurrences(text: string, quote: string): Candidate[] {
  if (!quote.trim()) return [];
  return [...text.matchAll(whitespaceTolerantPattern(quote))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    quoteSimilarity: 1,
  }));
}

function fuzzyOccurrences(text: string, quote: string): Candidate[] {
  const maxErrors = Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return [];
  return search(text, quote, maxErrors).map((match) => ({
    start: match.start,
    end: match.end,
    quoteSimilarity: 1 - match.errors / quote.length,
  }));
}

const orphan = (score = 0): Anchor => ({ start: 0, end: 0, status: 'orphan', score });

export function anchor(text: string, selectors: NoteSelectors): Anchor {
  const quote = selectors.quote.exact;
  if (!quote) return orphan();

  const exact = best(text, exactOccurrences(text, quote), selectors);
  if (exact) return { start: exact.candidate.start, end: exact.candidate.end, status: 'exact', score: exact.score };

  // The saved place still holds the quote's words, re-wrapped (a paragraph break became a space, or back).
  const { start, end } = selectors.position;
  const atPosition = text.slice(start, end + 8);
  const rewrapped = whitespaceTolerantPattern(quote).exec(atPosition);
  if (rewrapped && rewrapped.index === 0 && start < text.length) {
    const candidate = { start, end: start + rewrapped[0].length, quoteSimilarity: 1 };
    return { start, end: candidate.end, status: 'exact', score: score(text, candidate, selectors) };
  }

  const reformatted = best(text, whitespaceTolerantOccurrences(text, quote), selectors);
  if (reformatted) {
    const { candidate } = reformatted;
    return { start: candidate.start, end: candidate.end, status: 'exact', score: reformatted.score };
  }

  const fuzzy = best(text, fuzzyOccurrences(text, quote), selectors);
  if (!fuzzy || fuzzy.score < MIN_FUZZY_SCORE) return orphan(fuzzy?.score ?? 0);
  return { start: fuzzy.candidate.start, end: fuzzy.candidate.end, status: 'approximate', score: fuzzy.score };
}
