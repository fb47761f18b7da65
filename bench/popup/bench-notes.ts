import type { NoteDraft } from '../../utils/notes/note-types';

/** `count` notes on the article: quotes cut from its paragraphs at spread-out places, the last few no longer there. */
export function benchNotes(url: string, paragraphs: string[], count: number): NoteDraft[] {
  const orphans = Math.min(5, Math.floor(count / 20));
  const text = paragraphs.join('\n\n');
  const usable = paragraphs.filter((paragraph) => paragraph.length >= 90);
  return Array.from({ length: count }, (_, i) => {
    const paragraph = usable[i % usable.length]!;
    const length = 30 + (i % 50);
    const within = Math.floor(((i * 37) % 100) / 100 * Math.max(0, paragraph.length - length));
    const start = text.indexOf(paragraph) + within;
    const orphan = i >= count - orphans;
    const exact = orphan ? `A sentence the newsroom later removed from the story, number ${i}.` : paragraph.slice(within, within + length);
    return {
      id: `bench-popup-${String(i).padStart(3, '0')}`,
      page: { url, title: 'Bench article', siteName: null },
      kind: i % 3 === 0 ? 'quote' : i % 3 === 1 ? 'statistic' : 'selection',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      text: `Bench note ${i}: check this against the council minutes and the budget tables.`,
      tags: i % 4 === 0 ? ['bench', 'budget'] : ['bench'],
      verdict: i % 5 === 0 ? 'verify' : null,
    };
  });
}
