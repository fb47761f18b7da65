import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { ArticleText, PageContext } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { expectSpansInText } from './spans-in-text';

const context: PageContext = { url: 'https://news.example/story', siteName: 'Example News' };

// Characters that drive the detectors: marks, digits, currency, dashes, brackets, letters and line breaks.
const newsy = fc.string({
  unit: fc.constantFrom(...'“”"‘’\'«»()[]$£€%0123456789.,;:—–- \n\nAaBbCcDdHhMmSsTtWw@#/'.split(''), 'said', 'according to ', 'more than ', 'nearly ', '(AP) — ', 'RELATED: ', '© 2020 ', 'million', ' — Fox News (@FoxNews) October 7, 2020', 'Content created by ', 'Sept. 18'),
  maxLength: 400,
});

describe('claim detection never throws', () => {
  it('on random news-like text', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const article = articleFromText(text);
        expectSpansInText(article, detectClaims(article, context));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary unicode and arbitrary blocks', () => {
    const blockKinds = fc.constantFrom('paragraph', 'heading', 'list-item', 'blockquote', 'embed', 'preformatted' as const);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.tuple(fc.nat(300), fc.nat(300), blockKinds, fc.boolean()), { maxLength: 6 }), (text, raw) => {
        const blocks = raw
          .map(([a, b, kind, social]) => ({ start: Math.min(a, b, text.length), end: Math.min(Math.max(a, b), text.length), kind, social: social ? 'twitter' : undefined }))
          .sort((x, y) => x.start - y.start);
        const article = { text, blocks } as ArticleText;
        expectSpansInText(article, detectClaims(article, { url: null, siteName: null }));
      }),
      { numRuns: 300 },
    );
  });

  it('on pathological inputs of a megabyte', () => {
    const megabyte = 1 << 20;
    const inputs = [
      '“'.repeat(megabyte),
      '"'.repeat(megabyte),
      '1'.repeat(megabyte),
      '1,'.repeat(megabyte / 2),
      '$1.'.repeat(megabyte / 3),
      'More than '.repeat(megabyte / 10),
      'Reporting by '.repeat(megabyte / 13),
      '(AP) — '.repeat(megabyte / 7),
      '© The '.repeat(megabyte / 6),
      'A B C D E F G H I J '.repeat(megabyte / 20),
      '— X (@x) October 7, 2020 '.repeat(megabyte / 26),
      '“Quote, ” he said '.repeat(megabyte / 18),
      '!?.,;:'.repeat(megabyte / 6),
      '\u{1F600}'.repeat(megabyte / 2),
    ];
    for (const text of inputs) {
      const article = articleFromText(text);
      expectSpansInText(article, detectClaims(article, context));
    }
    // Generous: the machine is shared; a backtracking regex would take minutes here, not seconds.
  }, 120_000);

  it('on empty text and on text with no letters at all', () => {
    for (const text of ['', ' ', '\n\n', '12 34 56', '%%%', '“”', '— (@) ,']) {
      const article = articleFromText(text);
      expect(() => detectClaims(article, context)).not.toThrow();
    }
  });
});
