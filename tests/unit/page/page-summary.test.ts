import { describe, expect, it } from 'vitest';
import type { Claims } from '../../../utils/analysis/types';
import { countClaims, summaryLine, syndicationOrigin } from '../../../utils/page/page-summary';

const claims: Claims = {
  quotes: [
    { start: 0, end: 5, text: '“a”', speaker: 'Chad Wolf' },
    { start: 6, end: 9, text: '“b”', speaker: 'Tony H. Pham' },
    { start: 10, end: 12, text: '“c”', speaker: 'Tony H. Pham' },
    { start: 13, end: 15, text: '“d”', speaker: null },
  ],
  statistics: [
    { start: 20, end: 23, text: '95%', value: 95, unit: '%', qualifier: '>', source: 'DHS' },
    { start: 30, end: 33, text: '86%', value: 86, unit: '%', qualifier: '<', source: null },
  ],
  syndication: [
    { kind: 'embedded-social', text: 'tweet', origin: 'Fox News', start: 40, end: 45 },
    { kind: 'related-promo', text: '(RELATED: …)', origin: null, start: 50, end: 60 },
    { kind: 'metadata', text: 'sourceOrganization', origin: 'Metadata Origin' },
    { kind: 'licence-notice', text: 'Content created by …', origin: 'The Daily Caller News Foundation', start: 70, end: 90 },
  ],
  sourcing: { speakers: [], sources: [], unsourcedStatistics: 1 },
};

describe('page summary', () => {
  it('counts quotes, distinct named speakers and unsourced statistics', () => {
    expect(countClaims(claims)).toEqual({ quotes: 4, speakers: 2, statistics: 2, unsourcedStatistics: 1, notices: 4 });
  });

  it('names the story\u2019s maker from a notice in the text, never from an embedded post', () => {
    expect(syndicationOrigin(claims)).toBe('The Daily Caller News Foundation');
    expect(syndicationOrigin({ ...claims, syndication: claims.syndication.slice(0, 2) })).toBeNull();
    expect(syndicationOrigin({ ...claims, syndication: claims.syndication.slice(0, 3) })).toBe('Metadata Origin');
  });

  it('writes the one-line summary', () => {
    expect(summaryLine(countClaims(claims), syndicationOrigin(claims))).toBe(
      '4 quotes \u00b7 2 speakers \u00b7 2 statistics (1 unsourced) \u00b7 Created by The Daily Caller News Foundation',
    );
    expect(summaryLine({ quotes: 1, speakers: 1, statistics: 0, unsourcedStatistics: 0, notices: 0 }, null)).toBe('1 quote \u00b7 1 speaker \u00b7 0 statistics');
  });
});
