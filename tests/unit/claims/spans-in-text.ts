import { expect } from 'vitest';
import type { ArticleText, Claims } from '../../../utils/analysis/types';

/** Every span a detector reports lies in the text and carries the text it covers. */
export function expectSpansInText(article: ArticleText, claims: Claims): void {
  for (const item of [...claims.quotes, ...claims.statistics]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(article.text.length);
    expect(article.text.slice(item.start, item.end)).toBe(item.text);
  }
  for (const notice of claims.syndication) {
    if (notice.start === undefined || notice.end === undefined) continue;
    expect(notice.start).toBeGreaterThanOrEqual(0);
    expect(notice.start).toBeLessThanOrEqual(notice.end);
    expect(notice.end).toBeLessThanOrEqual(article.text.length);
  }
}
