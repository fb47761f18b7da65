import { describe, expect, it } from 'vitest';
import { matchPage, scorePages, shinglesOf, tokensOf } from '../../../bench/article-metric';

describe('the article-extraction benchmark metric', () => {
  it('tokenises like Python \\w+ on Unicode text', () => {
    expect(tokensOf('It’s 40% — über_cool, 中文 déjà-vu!')).toEqual(['It', 's', '40', 'über_cool', '中文', 'déjà', 'vu']);
  });

  it('counts 4-gram shingles as a multiset, a short text as one shingle', () => {
    expect([...shinglesOf('a b c d a b c d').values()]).toEqual([2, 1, 1, 1]);
    expect(shinglesOf('one two').size).toBe(1);
    expect(shinglesOf('').size).toBe(0);
  });

  it('scores a page by shared shingles: extra text costs precision, missing text costs recall', () => {
    const truth = 'the quick brown fox jumps over the lazy dog';
    expect(matchPage(truth, truth)).toEqual({ tp: 6, fp: 0, fn: 0 });
    expect(matchPage(truth, `${truth} share this story on social media`)).toEqual({ tp: 6, fp: 6, fn: 0 });
    expect(matchPage(truth, 'the quick brown fox jumps')).toEqual({ tp: 2, fp: 0, fn: 4 });
  });

  it('averages per page: precision over pages that predicted, recall over pages with truth', () => {
    const s = scorePages([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 0, fp: 0, fn: 4 },
      { tp: 3, fp: 0, fn: 1 },
    ]);
    expect(s.precision).toBeCloseTo((0.5 + 1) / 2);
    expect(s.recall).toBeCloseTo((1 + 0 + 0.75) / 3);
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall));
  });
});
