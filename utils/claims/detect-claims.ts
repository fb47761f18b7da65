import type { ArticleText, Claims, PageContext, Quote, Statistic } from '../analysis/types';
import { detectQuotes } from './quotes/detect-quotes';
import { summariseSourcing } from './sourcing-summary';
import { mergeSpans, type Span } from './spans';
import { detectStatistics } from './statistics/detect-statistics';
import { detectSyndication } from './syndication/detect-syndication';

/**
 * The claims of an article: syndication first, because promos and embedded posts are someone else's text (their
 * quotes are not the article's, a number in a post is sourced to its author); then quotes, statistics and the summary.
 */
export function detectClaims(article: ArticleText, context: PageContext): Claims {
  const syndication = detectSyndication(article, context);
  const located = syndication.filter((notice): notice is typeof notice & Span => notice.start !== undefined && notice.end !== undefined);
  const posts = located.filter((notice) => notice.kind === 'embedded-social');
  const promos = mergeSpans(located.filter((notice) => notice.kind === 'related-promo'));
  const quotes = detectQuotes(article, mergeSpans([...promos, ...posts]));
  const statistics = withSpeakersFullNames(detectStatistics(article, promos, posts), quotes);
  return { quotes, statistics, syndication, sourcing: summariseSourcing(quotes, statistics) };
}

/** "Adeyemi said the department would spend $140 million": a surname as a source is the speaker quoted by full name. */
function withSpeakersFullNames(statistics: Statistic[], quotes: readonly Quote[]): Statistic[] {
  const bySurname = new Map<string, string>();
  let previous: string | null = null;
  for (const quote of quotes) {
    const speaker = quote.speaker;
    // A speaker's quotes come in runs: one entry a run is enough, and the latest speaker of a surname still wins.
    if (speaker === previous) continue;
    previous = speaker;
    if (speaker && speaker.includes(' ')) bySurname.set(speaker.slice(speaker.lastIndexOf(' ') + 1), speaker);
  }
  return statistics.map((statistic) => {
    const full = statistic.source && !statistic.source.includes(' ') ? bySurname.get(statistic.source) : undefined;
    return full ? { ...statistic, source: full } : statistic;
  });
}
