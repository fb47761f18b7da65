import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { PageContext } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { expectSpansInText } from './spans-in-text';
import { sentencesOf } from '../../../utils/claims/sentences';

const context: PageContext = { url: 'https://news.example/story', siteName: 'Example News' };
const MEGABYTE = 1 << 20;

/** `unit` repeated until the text holds about a megabyte, as one paragraph (no blank line anywhere). */
function megabyteOf(unit: string): string {
  return unit.repeat(Math.ceil(MEGABYTE / unit.length));
}

// No timing assertion here (benchmarks measure speed): a backtracking pattern would not finish at all on these.
describe('claim detection on one paragraph of a megabyte', () => {
  it('reads run-on prose with quotes and numbers, within its per-block limits', () => {
    const article = articleFromText(megabyteOf('“We counted more than 1,200 votes, ” said Mayor Ana Ruiz of the county board, and nearly 45% were late '));
    expect(article.blocks).toHaveLength(1);
    const claims = detectClaims(article, context);
    expectSpansInText(article, claims);
    // A block stops being read after 300 numbers; the first ones are the hedged count and the percentage.
    expect(claims.statistics.length).toBeGreaterThan(0);
    expect(claims.statistics.length).toBeLessThanOrEqual(300);
    expect(claims.statistics[0]).toMatchObject({ text: 'more than 1,200', value: 1200, qualifier: '>' });
    expect(claims.statistics[1]).toMatchObject({ text: 'nearly 45%', value: 45, unit: '%', qualifier: '~' });
    expect(claims.quotes.length).toBeGreaterThan(0);
  });

  it('reads a megabyte of abbreviations, initials and stops without a sentence end to split on', () => {
    const article = articleFromText(megabyteOf('Mr. U.S. Sen. J. R. Smith Jr. vs. Co. Inc. No. 5 a.m. e.g. St. '));
    const claims = detectClaims(article, context);
    expectSpansInText(article, claims);
    const sentences = sentencesOf(article.text, article.blocks[0]!);
    // Without a sentence end the paragraph is cut into pieces of at most 1,000 characters, covering it end to end.
    expect(sentences[0]!.start).toBe(0);
    expect(sentences[sentences.length - 1]!.end).toBe(article.text.length);
    for (let index = 0; index < sentences.length; index++) {
      expect(sentences[index]!.end - sentences[index]!.start).toBeLessThanOrEqual(1000);
      if (index > 0) expect(sentences[index]!.start).toBe(sentences[index - 1]!.end);
    }
  });

  it('reads a megabyte dense with notice words, post handles and promo labels', () => {
    const unit = 'Republished from (@ Copyright © 2020 first published by Reporting by A; Editing by B (RELATED: x) READ MORE: ';
    const article = articleFromText(megabyteOf(unit));
    const claims = detectClaims(article, context);
    expectSpansInText(article, claims);
    expect(claims.syndication.length).toBeGreaterThan(0);
  });

  it('reads a megabyte of unclosed quotation marks and apostrophes', () => {
    const article = articleFromText(megabyteOf("“It's ‘the people’s “money,' she said "));
    const claims = detectClaims(article, context);
    expectSpansInText(article, claims);
    expect(claims.quotes.length).toBeLessThanOrEqual(article.text.length);
  });

  it('reads a megabyte of sentences, each a number with a source and a time', () => {
    const article = articleFromText(megabyteOf('About 3.5 million people voted in 2019, according to the Census Bureau. '));
    const claims = detectClaims(article, context);
    expectSpansInText(article, claims);
    expect(claims.statistics[0]).toMatchObject({ text: 'About 3.5 million', qualifier: '~', source: 'Census Bureau', time: '2019' });
  });
}, 120_000);
