import type { Claims } from '../analysis/types';

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

/** The publisher that made the story, when a notice names one. */
export function syndicationOrigin(claims: Claims): string | null {
  return claims.syndication.find((n) => n.origin)?.origin ?? null;
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
