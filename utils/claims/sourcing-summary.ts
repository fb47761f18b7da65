import type { Quote, SourcingSummary, Statistic } from '../analysis/types';

/** Who is quoted and how often; which sources the statistics cite; how many statistics cite none. */
export function summariseSourcing(quotes: readonly Quote[], statistics: readonly Statistic[]): SourcingSummary {
  return {
    speakers: countBy(quotes.map((quote) => quote.speaker)).map(([name, quotes]) => ({ name, quotes })),
    sources: countBy(statistics.map((statistic) => statistic.source)).map(([name, count]) => ({ name, statistics: count })),
    unsourcedStatistics: statistics.filter((statistic) => !statistic.source).length,
  };
}

/** Counts of each non-null name, most frequent first, ties in order of first appearance. */
function countBy(names: readonly (string | null)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
