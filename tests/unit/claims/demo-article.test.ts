// @vitest-environment jsdom
// The demo files are read from the project root, where vitest runs (jsdom's import.meta.url is not a file URL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/analysis/analyze-document';
import type { Quote, Statistic, SyndicationNotice } from '../../../utils/analysis/types';

interface Expected {
  quotes: Quote[];
  statistics: Statistic[];
  syndication: (SyndicationNotice & { social?: string })[];
  mustNotMark: { statistics: string[]; quotes: string[] };
}

const html = readFileSync(join(process.cwd(), 'demo/article.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(process.cwd(), 'demo/article.expected.json'), 'utf8')) as Expected;
const { result } = analyzeDocument(new DOMParser().parseFromString(html, 'text/html'), {});

describe('the demo article (demo/article.html)', () => {
  it('finds the expected quotes with speakers and roles, part by part', () => {
    const pick = ({ start, end, text, speaker, role }: Quote) => ({ start, end, text, speaker, role });
    expect(result.quotes.map(pick)).toEqual(expected.quotes.map(pick));
  });

  it('finds the expected statistics', () => {
    const pick = ({ start, end, text, value, unit, qualifier, source, time }: Statistic) => ({ start, end, text, value, unit, qualifier, source, time });
    expect(result.statistics.map(pick)).toEqual(expected.statistics.map(pick));
  });

  it('finds the expected notices, metadata included', () => {
    const pick = ({ kind, start, end }: SyndicationNotice) => ({ kind, start, end });
    expect(result.syndication.map(pick)).toEqual(expected.syndication.map(pick));
    expect(result.syndication.map((notice) => notice.origin)).toEqual(expected.syndication.map((notice) => notice.origin));
  });

  it('marks none of the look-alikes', () => {
    for (const text of expected.mustNotMark.statistics) {
      expect(result.statistics.filter((statistic) => text.includes(statistic.text) || statistic.text.includes(text))).toEqual([]);
    }
    for (const text of expected.mustNotMark.quotes) expect(result.quotes.filter((quote) => quote.text === text)).toEqual([]);
  });
});
