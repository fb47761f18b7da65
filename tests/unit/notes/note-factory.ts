import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import type { ClaimKind, NoteDraft, Verdict } from '../../../utils/notes/note-types';

/** Drafts as the note card sends them, over a small article of our own. */
export const ARTICLE_TEXT =
  'The city council voted 6-3 on Tuesday to close the Eastside water treatment plant. ' +
  'According to the utility, repairs would cost more than $41 million over five years. ' +
  '"Nobody has shown us the numbers," said Dale Whitcomb of the Eastside Neighbors Association.';

let counter = 0;

export function makeDraft(overrides: Partial<NoteDraft> & { quote?: string } = {}): NoteDraft {
  counter += 1;
  const quote = overrides.quote ?? 'more than $41 million';
  const start = Math.max(0, ARTICLE_TEXT.indexOf(quote));
  const { quote: _quote, ...rest } = overrides;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    page: { url: 'https://www.example-news.com/local/plant-vote?utm_source=x', title: 'Council votes to close plant', siteName: 'Example News' },
    kind: 'statistic' as ClaimKind,
    selectors: describeRange(ARTICLE_TEXT, start, start + quote.length),
    text: 'Check the utility report.',
    tags: ['water'],
    verdict: 'verify' as Verdict,
    ...rest,
  };
}
