import type { ArticleText, Claims, PageContext } from '../analysis/types';

// Placeholder until the claims issue lands.
export function detectClaims(_article: ArticleText, _context: PageContext): Claims {
  return { quotes: [], statistics: [], syndication: [], sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 } };
}
