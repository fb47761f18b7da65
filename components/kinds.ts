import type { ClaimKind } from '../utils/notes/note-types';

/**
 * How each claim kind looks wherever it is shown (page marks, note card, popup, library), so a reader learns
 * one vocabulary. The colour is an accent (border, dot), never a text background, so it needs no contrast pair.
 */
export interface KindStyle {
  label: string;
  /** A short glyph for compact places; always shown next to the label or as an aria-hidden decoration. */
  glyph: string;
  /** Accent colour that reads on both the light and the dark theme. */
  colour: string;
}

export const KIND_STYLES: Record<ClaimKind, KindStyle> = {
  quote: { label: 'Quote', glyph: '\u201C', colour: '#3b82f6' },
  statistic: { label: 'Statistic', glyph: '#', colour: '#d97706' },
  syndication: { label: 'Syndication', glyph: '\u21C4', colour: '#8b5cf6' },
  promo: { label: 'Related promo', glyph: '\u2197', colour: '#64748b' },
  social: { label: 'Social post', glyph: '@', colour: '#0d9488' },
  selection: { label: 'Selection', glyph: '\u270E', colour: '#db2777' },
};

export const CLAIM_KINDS = Object.keys(KIND_STYLES) as ClaimKind[];

export function kindStyle(kind: ClaimKind): KindStyle {
  return KIND_STYLES[kind] ?? KIND_STYLES.selection;
}
