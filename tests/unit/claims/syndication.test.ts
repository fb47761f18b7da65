import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { ArticleMetadata, PageContext, SyndicationNotice } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { normalisePublisher } from '../../../utils/claims/syndication/publisher-names';
import { isOwnPublisher } from '../../../utils/claims/syndication/same-publisher';

const LEDE = 'The council approved the plan on Tuesday after a long hearing that ran late into the night.';

function noticesOf(text: string, context: PageContext = { url: 'https://www.localpaper.example/story', siteName: 'Local Paper' }): Pick<SyndicationNotice, 'kind' | 'origin'>[] {
  return detectClaims(articleFromText(text), context).syndication.map(({ kind, origin }) => ({ kind, origin }));
}

describe('syndication notices', () => {
  it.each([
    ['Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher.', 'licence-notice', 'The Daily Caller News Foundation'],
    ['This article is republished from The Conversation under a Creative Commons license.', 'licence-notice', 'The Conversation'],
    ['This story was originally published by ProPublica.', 'originally-published', 'ProPublica'],
    ['A version of this story first appeared in The Texas Tribune.', 'originally-published', 'The Texas Tribune'],
    ['Fox News’ Jamie Ortega and The Associated Press contributed to this report.', 'wire-credit', 'The Associated Press'],
    ['(Reporting by Maria Lopes; Editing by Jan Harvey)', 'wire-credit', 'Reuters'],
    ['© Provided by Business Insider Inc', 'copyright-line', 'Business Insider'],
    ['©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC.', 'copyright-line', 'Los Angeles Times'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'copyright-line', 'The Associated Press'],
  ])('%s', (notice, kind, origin) => {
    expect(noticesOf(`${LEDE}\n\n${notice}`)).toEqual([{ kind, origin }]);
  });

  it('takes a datelined wire credit only at the start of the body', () => {
    expect(noticesOf(`MOSCOW (AP) — ${LEDE}`)).toEqual([{ kind: 'wire-credit', origin: 'The Associated Press' }]);
    expect(noticesOf(`${LEDE}\n\n${LEDE}\n\n${LEDE}\n\nMOSCOW (AP) — ${LEDE}`)).toEqual([]);
    expect(noticesOf('Apple Filing Protocol (AFP) - macOS (legacy)')).toEqual([]);
  });

  it('finds promos and embedded posts with their kinds', () => {
    expect(noticesOf(`${LEDE} (RELATED: Council Chair Resigns)\n\nREAD MORE: How the map changes`)).toEqual([
      { kind: 'related-promo', origin: null },
      { kind: 'related-promo', origin: null },
    ]);
    expect(noticesOf('Big news today pic.twitter.com/kvv1uAqcZ9 — Jane Holt (@JaneHolt) December 30, 2023')).toEqual([
      { kind: 'embedded-social', origin: 'Jane Holt' },
    ]);
  });

  it('does not take attribution for syndication', () => {
    for (const text of [
      'Clinton led by 1,500 votes, according to the Associated Press.',
      'Daleiden told The Associated Press that he looked forward to court.',
      'The meeting was first reported by Politico.',
      'Reuters could not independently verify the footage.',
      'The U.S. Copyright Office said Tuesday it would review the rules.',
      '© Claudio Reyes/AFP/Getty Images',
    ]) {
      expect(noticesOf(`${LEDE}\n\n${text}`)).toEqual([]);
    }
  });

  it('does not count a notice naming the site that shows it', () => {
    const fox = { url: 'https://www.foxnews.com/politics/x', siteName: 'Fox News' };
    expect(noticesOf(`${LEDE}\n\n©2024 FOX News Network, LLC. All rights reserved.`, fox)).toEqual([]);
    const reuters = { url: 'https://www.reuters.com/world/x', siteName: 'Reuters' };
    expect(noticesOf(`${LEDE}\n\n(Reporting by Maria Lopes; Editing by Jan Harvey)`, reuters)).toEqual([]);
    expect(isOwnPublisher('Los Angeles Times', { url: 'https://www.latimes.com/x', siteName: null })).toBe(true);
    expect(isOwnPublisher('The Daily Caller News Foundation', { url: 'https://dailycaller.com/x', siteName: 'The Daily Caller' })).toBe(false);
  });

  it('reads machine-readable signals of another publisher', () => {
    const metadata: ArticleMetadata = {
      title: null, byline: null, published: null, siteName: 'Local Paper', language: null,
      canonicalUrl: 'https://www.propublica.org/article/x',
      structured: { publisher: 'Local Paper', provider: null, sourceOrganization: 'ProPublica', copyrightHolder: 'Local Paper', isBasedOn: null },
    };
    expect(noticesOf(LEDE, { url: 'https://www.localpaper.example/x', siteName: 'Local Paper', metadata })).toEqual([
      { kind: 'metadata', origin: 'ProPublica' },
    ]);
  });

  it('normalises publisher names', () => {
    expect(normalisePublisher('AP')).toBe('The Associated Press');
    expect(normalisePublisher('Bloomberg L.P. Visit bloomberg.com')).toBe('Bloomberg');
    expect(normalisePublisher('Business Insider Inc')).toBe('Business Insider');
  });
});
