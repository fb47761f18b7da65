import type { ArticleText, SyndicationNotice } from '../../analysis/types';

// Labels outlets put before a link to another story. "MORE:" and "WATCH:" count only in capitals, where they are
// page furniture; in lower case they are ordinary words.
const LABEL = '(?:[Rr]elated(?: (?:[Ss]tory|[Aa]rticle|[Cc]overage|[Cc]ontent|[Rr]eading))?|RELATED(?: (?:STORY|ARTICLE|COVERAGE))?|[Rr]ead [Mm]ore|READ MORE|[Ss]ee [Aa]lso|SEE ALSO|[Aa]lso [Rr]ead|ALSO READ|MORE|WATCH|LISTEN|READ|[Rr]ead more (?:from|on|at) [^:\\n]{1,40})';

const INLINE_PROMO = new RegExp(`[(\\[]${LABEL}\\s{0,3}:[^()\\[\\]\\n]{1,300}[)\\]]`, 'g');
const BLOCK_PROMO = new RegExp(`^\\s{0,3}${LABEL}\\s{0,3}[:|»>]`);

const MAX_PROMO_BLOCK = 400;

/** Related-story promos: "(RELATED: …)" inside a paragraph, and a short paragraph starting "READ MORE:". */
export function findRelatedPromos(article: ArticleText): SyndicationNotice[] {
  const notices: SyndicationNotice[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    if (block.kind === 'preformatted') continue;
    const blockText = text.slice(block.start, block.end);
    if (blockText.length <= MAX_PROMO_BLOCK && BLOCK_PROMO.test(blockText)) {
      notices.push({ kind: 'related-promo', text: blockText, origin: null, start: block.start, end: block.end });
      continue;
    }
    INLINE_PROMO.lastIndex = 0;
    for (let match = INLINE_PROMO.exec(blockText); match; match = INLINE_PROMO.exec(blockText)) {
      notices.push({
        kind: 'related-promo',
        text: match[0],
        origin: null,
        start: block.start + match.index,
        end: block.start + match.index + match[0].length,
      });
    }
  }
  return notices;
}
