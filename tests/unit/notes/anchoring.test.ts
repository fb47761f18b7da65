import { describe, expect, it } from 'vitest';
import { anchor } from '../../../utils/notes/anchoring/anchor';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';

// An article of our own, written like a wire story, as the text map lays it out (blocks joined by a blank line).
const PARAGRAPHS = [
  'RIVERTON, Ore. (Newswire) - The city council voted 6-3 on Tuesday to close the Eastside water treatment plant by the end of next year, a decision residents have fought for almost a decade.',
  '"We simply cannot keep pouring money into a plant that was built for a town half our size," said council president Maria Okafor after the vote.',
  'According to the utility, repairs would cost more than $41 million over five years, roughly 18% of the city\'s annual budget.',
  'Opponents said the estimate was inflated. "Nobody has shown us the numbers," said Dale Whitcomb, who leads the Eastside Neighbors Association. "Nobody has shown us the numbers, and until they do, we will keep asking."',
  'The plant serves about 24,000 households. Water for those homes will be piped from the newer Northgate facility, which the utility says can absorb the extra demand.',
  'State regulators must still approve the plan. A hearing is scheduled for March.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

function selectorsFor(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture quote not found: ${quote}`);
  return describeRange(text, at, at + quote.length);
}

describe('describeRange', () => {
  it('keeps the quote, 32 characters of context either side and the offsets', () => {
    const quote = 'more than $41 million over five years';
    const start = ARTICLE.indexOf(quote);
    const selectors = describeRange(ARTICLE, start, start + quote.length);
    expect(selectors.quote.exact).toBe(quote);
    expect(selectors.quote.prefix).toBe(ARTICLE.slice(start - 32, start));
    expect(selectors.quote.suffix).toBe(ARTICLE.slice(start + quote.length, start + quote.length + 32));
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
  });

  it('clamps offsets to the text and shortens the context at its edges', () => {
    const selectors = describeRange('short text', -5, 500);
    expect(selectors.quote).toMatchObject({ exact: 'short text', prefix: '', suffix: '' });
    expect(selectors.position).toMatchObject({ start: 0, end: 10 });
  });
});

describe('anchor', () => {
  it('finds an unchanged quote exactly, with full confidence', () => {
    const selectors = selectorsFor(ARTICLE, 'repairs would cost more than $41 million');
    const found = anchor(ARTICLE, selectors);
    expect(found).toMatchObject({ status: 'exact', start: selectors.position.start, end: selectors.position.end });
    expect(found.score).toBeCloseTo(1, 5);
  });

  it('follows the quote when paragraphs are inserted before it', () => {
    const quote = 'roughly 18% of the city\'s annual budget';
    const selectors = selectorsFor(ARTICLE, quote);
    const updated = ['UPDATE: This story has been updated with comment from the state.', 'Editor\'s note: an earlier version misspelled a name.', ...PARAGRAPHS].join('\n\n');
    const found = anchor(updated, selectors);
    expect(found.status).toBe('exact');
    expect(updated.slice(found.start, found.end)).toBe(quote);
    expect(found.start).toBeGreaterThan(selectors.position.start);
  });

  it('tells twin quotes apart by their context, in both places', () => {
    const twin = 'Nobody has shown us the numbers';
    const first = selectorsFor(ARTICLE, twin, 0);
    const second = selectorsFor(ARTICLE, twin, 1);
    expect(first.position.start).not.toBe(second.position.start);
    // A long aside between the twins moves the second far from its saved place, nearer the first one's:
    // position alone would pick the wrong twin, context must decide.
    const aside = ' a retired engineer who has lived on the east side for forty years and who spent much of the last decade reading utility reports, water-quality filings and budget documents that the council published,';
    const edited = ARTICLE.replace('said Dale Whitcomb,', 'said Dale Whitcomb,' + aside);
    const firstAt = edited.indexOf(twin);
    const secondAt = edited.indexOf(twin, firstAt + 1);
    expect(Math.abs(secondAt - second.position.start)).toBeGreaterThan(Math.abs(firstAt - second.position.start));
    expect(anchor(edited, first)).toMatchObject({ status: 'exact', start: firstAt });
    expect(anchor(edited, second)).toMatchObject({ status: 'exact', start: secondAt });
  });

  it('anchors approximately when a typo inside the quote is fixed', () => {
    const withTypo = ARTICLE.replace('the Eastside water treatment plant', 'the Eastside water treatmnet plant');
    const quote = 'close the Eastside water treatmnet plant by the end of next year';
    const selectors = selectorsFor(withTypo, quote);
    const found = anchor(ARTICLE, selectors);
    expect(found.status).toBe('approximate');
    expect(ARTICLE.slice(found.start, found.end)).toMatch(/close the Eastside water treatment plant by the end of next yea/);
    expect(found.score).toBeGreaterThan(0.9);
  });

  it('anchors approximately when an ad is injected in the middle of the quote', () => {
    const quote = 'Water for those homes will be piped from the newer Northgate facility, which the utility says can absorb the extra demand.';
    const selectors = selectorsFor(ARTICLE, quote);
    const withAd = ARTICLE.replace('piped from the newer', 'piped from ADVERTISEMENT the newer');
    const found = anchor(withAd, selectors);
    expect(found.status).toBe('approximate');
    expect(withAd.slice(found.start, found.end)).toContain('ADVERTISEMENT');
    expect(Math.abs(found.start - withAd.indexOf('Water for those homes'))).toBeLessThanOrEqual(2);
  });

  it('stays exact when an ad lands in the same paragraph but outside the quote', () => {
    const quote = 'The plant serves about 24,000 households.';
    const selectors = selectorsFor(ARTICLE, quote);
    const withAd = ARTICLE.replace('Water for those homes', 'Advertisement. Subscribe for $1 a week. Water for those homes');
    const found = anchor(withAd, selectors);
    expect(found.status).toBe('exact');
    expect(withAd.slice(found.start, found.end)).toBe(quote);
    expect(found.score).toBeLessThan(1);
  });

  it('stays exact when the article is reformatted: paragraphs merged and line breaks changed', () => {
    const quote = 'State regulators must still approve the plan. A hearing is scheduled for March.';
    const spanning = 'the extra demand.\n\nState regulators must still approve';
    const reflowed = PARAGRAPHS.slice(0, 4).join('\n\n') + '\n\n' + PARAGRAPHS[4] + ' ' + PARAGRAPHS[5]!.replace('approve the plan. ', 'approve the plan.\n');
    const selectorsA = selectorsFor(ARTICLE, quote);
    const foundA = anchor(reflowed, selectorsA);
    expect(foundA.status).toBe('exact');
    expect(reflowed.slice(foundA.start, foundA.end).replace(/\s+/g, ' ')).toBe(quote);

    const selectorsB = selectorsFor(ARTICLE, spanning);
    const foundB = anchor(reflowed, selectorsB);
    expect(foundB.status).toBe('exact');
    expect(reflowed.slice(foundB.start, foundB.end)).toBe('the extra demand. State regulators must still approve');
  });

  it('makes an orphan of a quote whose text was removed, and never throws', () => {
    const selectors = selectorsFor(ARTICLE, '"We simply cannot keep pouring money into a plant that was built for a town half our size,"');
    const without = PARAGRAPHS.filter((_, i) => i !== 1).join('\n\n');
    const found = anchor(without, selectors);
    expect(found.status).toBe('orphan');
    expect(found.score).toBeLessThan(0.6);
  });

  it('makes an orphan of a short quote that is gone rather than guessing', () => {
    const selectors = selectorsFor(ARTICLE, '6-3');
    const found = anchor(ARTICLE.replace('6-3', '7-2'), selectors);
    expect(found.status).toBe('orphan');
  });

  it('handles an empty article and an empty quote', () => {
    const selectors = selectorsFor(ARTICLE, 'March');
    expect(anchor('', selectors).status).toBe('orphan');
    expect(anchor(ARTICLE, describeRange(ARTICLE, 10, 10)).status).toBe('orphan');
  });
});
