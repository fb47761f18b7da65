import type { AnchorStatus } from '../../utils/page/page-state';
import type { Verdict } from '../../utils/notes/note-types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  verify: 'To verify',
  confirmed: 'Confirmed',
  misleading: 'Misleading',
  'needs context': 'Needs context',
};

/** Badge tone per verdict (a class suffix in notes.css). */
export const VERDICT_TONES: Record<Verdict, 'info' | 'ok' | 'bad' | 'warn'> = {
  verify: 'info',
  confirmed: 'ok',
  misleading: 'bad',
  'needs context': 'warn',
};

export const ANCHOR_LABELS: Record<AnchorStatus, string> = {
  exact: 'On the page',
  approximate: 'Approximate match',
  orphan: 'Not found on the page',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDay(epochMs: number): string {
  return dateFormat.format(epochMs);
}

export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
