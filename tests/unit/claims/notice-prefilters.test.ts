import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_PATTERNS } from '../../../utils/claims/syndication/notice-patterns';

/** Every paragraph of the labelled set's notices and articles: real-looking notices and look-alikes. */
function labelledParagraphs(): string[] {
  const folder = join(import.meta.dirname, '../../fixtures/claims');
  return ['notices.jsonl', 'articles.jsonl'].flatMap((file) =>
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/\n\s*\n/)),
  );
}

// Notices in wordings the labelled set has no example of, written for this test.
const MORE_NOTICES = [
  'The Bay Ledger originally published this story.',
  'Published in partnership with The Harbor Dispatch.',
  'This story was provided by The Valley Courier.',
  'More stories like this are available on Harbor Dispatch.',
  'Copyright The Valley Courier. All rights reserved.',
  'Source: Reuters',
  'By The Associated Press',
  'Via Reuters',
  'By Jane Roe, Reuters',
  'Follow AP’s coverage of the storm at https://apnews.com/hub/weather',
  'The Associated Press is an independent global news organization dedicated to factual reporting.',
  'This report includes information from The Associated Press.',
  '(Read the full story here.)',
];

describe('notice patterns and the words they need', () => {
  // `needs` lets a block skip a pattern; it must hold wherever the pattern matches, or notices would be lost.
  it('every paragraph a pattern matches holds the words the pattern needs', () => {
    const paragraphs = [...labelledParagraphs(), ...MORE_NOTICES];
    for (const rule of NOTICE_PATTERNS) {
      if (!rule.needs) continue;
      const matched = paragraphs.filter((paragraph) => rule.pattern.test(paragraph));
      // Each such pattern is seen matching at least once, so the check below is never empty.
      expect(matched.length, `no example for ${rule.pattern.source.slice(0, 80)}`).toBeGreaterThan(0);
      for (const paragraph of matched) {
        expect(rule.needs.test(paragraph), `${rule.needs} for ${rule.pattern.source.slice(0, 60)} on: ${paragraph}`).toBe(true);
      }
    }
  });

  // `lead` lets a block opening on another character skip a block-start pattern; it must hold wherever one matches.
  it('every paragraph a block-start pattern matches opens with one of the characters the pattern leads with', () => {
    const paragraphs = [...labelledParagraphs(), ...MORE_NOTICES];
    for (const rule of NOTICE_PATTERNS) {
      if (rule.lead === undefined) continue;
      const matched = paragraphs.filter((paragraph) => rule.pattern.test(paragraph));
      expect(matched.length, `no example for ${rule.pattern.source.slice(0, 80)}`).toBeGreaterThan(0);
      for (const paragraph of matched) {
        const first = paragraph.trimStart().charAt(0);
        expect(rule.lead.includes(first), `'${first}' not in ${rule.lead} for ${rule.pattern.source.slice(0, 60)}`).toBe(true);
      }
    }
  });
});
