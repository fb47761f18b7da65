import { plural } from './labels';
import type { ResultWindow } from './result-window';

/** The library's UI is English, so its counts group digits the English way ("1,234 notes"). */
const countFormat = new Intl.NumberFormat('en');

export function countLabel(count: number, one: string, many = `${one}s`): string {
  return plural(count, one, many).replace(/^\d+/, countFormat.format(count));
}

/**
 * How many notes match: exact once every match is shown or when the store counted them, else "50+ notes" (at
 * least one more than shown). Read out by a polite live region, so it stays one short sentence.
 */
export function matchCount(results: ResultWindow): string {
  if (!results.more) return countLabel(results.notes.length, 'note');
  if (results.total !== null) return countLabel(Math.max(results.total, results.notes.length + 1), 'note');
  return `${countFormat.format(results.notes.length)}+ notes`;
}

export interface SummaryInput {
  results: ResultWindow | null;
  /** Pages the shown notes are on. */
  pages: number;
  loading: boolean;
  error: string | null;
}

export function resultsSummary({ results, pages, loading, error }: SummaryInput): string {
  if (error) return `Could not load notes: ${error}`;
  if (!results) return loading ? 'Loading notes…' : '';
  const shown = results.notes.length;
  if (shown === 0) return 'No notes.';
  if (!results.more) return `${matchCount(results)} on ${countLabel(pages, 'page')}.`;
  return `${matchCount(results)}; showing the newest ${countFormat.format(shown)}.`;
}
