import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-document';

const seed = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const result = analyzeText(seed);

describe('the seed article (Daily Caller News Foundation story on ICE arrests)', () => {
  it('finds exactly four quotes: Chad Wolf once, Tony H. Pham three times', () => {
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Chad Wolf', 'Tony H. Pham', 'Tony H. Pham', 'Tony H. Pham']);
    expect(result.quotes[0]!.role).toBe('DHS Acting Secretary');
    expect(result.quotes[0]!.text.startsWith('“Unfortunately, certain local politicians')).toBe(true);
    // "Pham added" resolves to the full name; the quote after it continues his run.
    expect(result.quotes[2]!.text.startsWith('“These partnerships')).toBe(true);
    expect(result.quotes[3]!.text.startsWith('“Unfortunately, California’s sanctuary laws')).toBe(true);
    for (const quote of result.quotes) {
      expect(seed.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text.startsWith('“') && quote.text.endsWith('”')).toBe(true);
    }
  });

  it('does not take "so-called Sanctuary City policies" or the tweet for quotes', () => {
    expect(result.quotes.some((quote) => /DHS slams/.test(quote.text))).toBe(false);
  });

  it('finds the five statistics with value, qualifier, time and source', () => {
    const summary = result.statistics.map(({ text, value, unit, qualifier, source, time }) => ({ text, value, unit, qualifier, source, time }));
    expect(summary).toEqual([
      { text: 'over 125', value: 125, unit: 'illegal immigrants', qualifier: '>', source: 'DHS', time: 'Sept. 18 to Oct. 3' },
      { text: 'More than 95%', value: 95, unit: '%', qualifier: '>', source: null, time: null },
      { text: '128', value: 128, unit: 'illegals', qualifier: '=', source: 'Fox News', time: null },
      { text: 'nearly 86%', value: 86, unit: '%', qualifier: '~', source: 'DHS', time: '2019' },
      { text: 'around 100', value: 100, unit: 'illegal aliens', qualifier: '~', source: 'DHS', time: null },
    ]);
    for (const statistic of result.statistics) expect(seed.slice(statistic.start, statistic.end)).toBe(statistic.text);
  });

  it('marks no date, year or header as a statistic', () => {
    const marked = result.statistics.map((statistic) => statistic.text).join(' | ');
    for (const notAStatistic of ['18', '3', '2019', '7', '2020', '10-07']) {
      expect(result.statistics.some((statistic) => statistic.text === notAStatistic)).toBe(false);
    }
    expect(marked).not.toMatch(/Sept|Oct|October/);
  });

  it('reports the embedded tweet, the RELATED promo and the licence notice', () => {
    const notices = result.syndication.map(({ kind, origin }) => ({ kind, origin }));
    expect(notices).toEqual([
      { kind: 'embedded-social', origin: 'Fox News' },
      { kind: 'related-promo', origin: null },
      { kind: 'licence-notice', origin: 'The Daily Caller News Foundation' },
    ]);
    const tweet = result.syndication[0]!;
    expect(seed.slice(tweet.start, tweet.end)).toMatch(/^DHS slams California officials.*October 7, 2020$/);
    const promo = result.syndication[1]!;
    expect(seed.slice(promo.start, promo.end)).toMatch(/^\(RELATED: EXCLUSIVE: .*Agency\)$/);
  });

  it('sums up the sourcing', () => {
    expect(result.sourcing.speakers).toEqual([
      { name: 'Tony H. Pham', quotes: 3 },
      { name: 'Chad Wolf', quotes: 1 },
    ]);
    expect(result.sourcing.sources).toEqual([
      { name: 'DHS', statistics: 3 },
      { name: 'Fox News', statistics: 1 },
    ]);
    expect(result.sourcing.unsourcedStatistics).toBe(1);
  });
});
