import type { Claims, SyndicationKind } from '../analysis/types';

export interface ClaimCounts {
  quotes: number;
  speakers: number;
  statistics: number;
  unsourcedStatistics: number;
  notices: number;
}

export function countClaims(claims: Claims): ClaimCounts {
  const speakers = new Set(claims.quotes.map((q) => q.speaker?.trim().toLowerCase()).filter(Boolean));
  return {
    quotes: claims.quotes.length,
    speakers: speakers.size,
    statistics: claims.statistics.length,
    unsourcedStatistics: claims.statistics.filter((s) => !s.source).length,
    notices: claims.syndication.length,
  };
}

/** Notices that say who made the story; a promo or an embedded post names someone else entirely. */
const ORIGIN_KINDS: readonly SyndicationKind[] = ['originally-published', 'licence-notice', 'wire-credit', 'copyright-line', 'metadata'];

/** The publisher that made the story, when a notice names one (the words in the article before metadata). */
export function syndicationOrigin(claims: Claims): string | null {
  for (const kind of ORIGIN_KINDS) {
    const notice = claims.syndication.find((n) => n.kind === kind && n.origin);
    if (notice) return notice.origin;
  }
  return null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 quotes · 2 speakers · 5 statistics (2 unsourced) · Created by The Daily Caller News Foundation" */
export function summaryLine(counts: ClaimCounts, origin: string | null): string {
  const parts = [plural(counts.quotes, 'quote', 'quotes'), plural(counts.speakers, 'speaker', 'speakers')];
  const stats = plural(counts.statistics, 'statistic', 'statistics');
  parts.push(counts.unsourcedStatistics > 0 ? `${stats} (${counts.unsourcedStatistics} unsourced)` : stats);
  if (origin) parts.push(`Created by ${origin}`);
  return parts.join(' \u00b7 ');
}
