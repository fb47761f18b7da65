import type { ArticleText, Claims, Qualifier, SyndicationNotice } from '../analysis/types';
import type { ClaimKind } from '../notes/note-types';

/** What the note card shows about the claim under a mark. Never holds a note's text. */
export interface ClaimDetails {
  kind: ClaimKind;
  /** The claim's words as they stand in the article. */
  text: string;
  speaker?: string | null;
  role?: string | null;
  source?: string | null;
  qualifier?: Qualifier | null;
  origin?: string | null;
}

/** One thing to mark: a range of the article text and what it is. */
export interface MarkSpec {
  start: number;
  end: number;
  details: ClaimDetails;
  /** The accessible name of the mark ("Quote by Chad Wolf"). */
  label: string;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  '=': 'exactly',
  '~': 'about',
  '>': 'more than',
  '<': 'less than',
  '>=': 'at least',
  '<=': 'at most',
};

export function qualifierWords(qualifier: Qualifier | null | undefined): string | null {
  return qualifier ? QUALIFIER_WORDS[qualifier] : null;
}

export function markKindOfNotice(notice: SyndicationNotice): ClaimKind {
  if (notice.kind === 'related-promo') return 'promo';
  if (notice.kind === 'embedded-social') return 'social';
  return 'syndication';
}

/** The accessible name a screen reader announces for a mark; it names the claim, never a note. */
export function markLabel(details: ClaimDetails): string {
  switch (details.kind) {
    case 'quote':
      return details.speaker ? `Quote by ${details.speaker}` : 'Quote, speaker not named';
    case 'statistic':
      return `Statistic: ${squeeze(details.text)}, ${details.source ? `source ${details.source}` : 'no source given'}`;
    case 'syndication':
      return details.origin ? `Syndication notice: created by ${details.origin}` : 'Syndication notice';
    case 'promo':
      return 'Related-story promo';
    case 'social':
      return details.source ? `Embedded ${details.source} post` : 'Embedded social post';
    case 'selection':
      return 'Your note';
  }
}

/** Every claim that has a place in the article text, as marks to make, in text order. */
export function markSpecsOf(claims: Claims, article: ArticleText): MarkSpec[] {
  const { text } = article;
  const specs: MarkSpec[] = [];
  const add = (start: number, end: number, details: Omit<ClaimDetails, 'text'>) => {
    if (!(end > start) || start < 0 || end > text.length) return;
    const full: ClaimDetails = { ...details, text: text.slice(start, end) };
    specs.push({ start, end, details: full, label: markLabel(full) });
  };
  for (const q of claims.quotes) add(q.start, q.end, { kind: 'quote', speaker: q.speaker, role: q.role ?? null });
  for (const s of claims.statistics) add(s.start, s.end, { kind: 'statistic', source: s.source, qualifier: s.qualifier });
  for (const n of claims.syndication) {
    if (n.start === undefined || n.end === undefined) continue;
    const kind = markKindOfNotice(n);
    add(n.start, n.end, { kind, origin: n.origin, source: kind === 'social' ? socialNetworkAt(article, n.start, n.text) : null });
  }
  // Longer first at equal starts, so an enclosing claim wraps the claims inside it.
  return specs.sort((a, b) => a.start - b.start || b.end - a.end);
}

const NETWORK_NAMES: Record<string, string> = { twitter: 'X (Twitter)', x: 'X (Twitter)', instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok' };

function socialNetworkAt(article: ArticleText, offset: number, text: string): string | null {
  const block = article.blocks.find((b) => b.start <= offset && offset < b.end);
  if (block?.social) return NETWORK_NAMES[block.social] ?? block.social;
  if (/twitter\.com|x\.com|t\.co\//i.test(text)) return 'X (Twitter)';
  if (/instagram/i.test(text)) return 'Instagram';
  if (/facebook/i.test(text)) return 'Facebook';
  if (/tiktok/i.test(text)) return 'TikTok';
  return null;
}

function squeeze(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
