import type { ArticleText, SyndicationNotice } from '../../analysis/types';
import { NOTICE_PATTERNS } from './notice-patterns';
import { normalisePublisher } from './publisher-names';

/** A visible notice found in the text, before deciding whether it names another publisher. */
export interface NoticeCandidate extends SyndicationNotice {
  start: number;
  end: number;
  /** True when the text names the publisher; an implied or missing origin cannot be the site's own. */
  named: boolean;
}

// Every pattern that may match anywhere in a block holds one of these words: a block without any skips them.
// (Patterns anchored at a block's start cost next to nothing and always run.) Case is spelt out: a case-insensitive
// alternation is several times slower, and this runs on every paragraph.
const ANYWHERE_KEYWORDS = /[Rr]epublish|[Rr]eprint|[Rr]eproduc|[Rr]epost|[Oo]riginally|[Ff]irst (?:published|appeared|ran|posted|aired|reported|produced|written)|contributed to this|[Rr]eporting by|©|\([Cc]\)|[Cc]opyright|COPYRIGHT|[Dd]istributed by|[Pp]rovided (?:by|to)|Content created|also ran|(?:article|story|piece|post|report|column|essay|op-ed|commentary|interview|content|item|investigation|analysis|feature) (?:is|was) (?:posted|hosted|syndicated|produced|reported|written|published|shared|distributed)/;

// A notice is a paragraph of its own; report the whole paragraph when it is this short, else the matched part.
const WHOLE_BLOCK = 400;

/** Runs every notice pattern over every block; at most one notice a block, the first pattern that matches. */
export function findTextNotices(article: ArticleText): NoticeCandidate[] {
  const found: NoticeCandidate[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'preformatted' || block.social) continue;
    const blockText = text.slice(block.start, block.end);
    const mayMatchAnywhere = ANYWHERE_KEYWORDS.test(blockText);
    for (const rule of NOTICE_PATTERNS) {
      if (rule.at === 'anywhere' && !mayMatchAnywhere) continue;
      if (rule.maxBlock !== undefined && blockText.length > rule.maxBlock) continue;
      const match = rule.pattern.exec(blockText);
      if (!match) continue;
      if (rule.at === 'block-start' && match.index > 3) continue;
      const origin = rule.originGroup !== undefined ? match[rule.originGroup] : undefined;
      const after = blockText[match.index + match[0].length] ?? '';
      if (rule.kind === 'copyright-line' && (after === '/' || /Getty Images|\bPhoto\b|\bphoto\b|\bImages?\b/.test(blockText))) continue;
      const short = blockText.length <= WHOLE_BLOCK;
      const start = short ? block.start : block.start + match.index;
      const end = short ? block.end : block.start + match.index + match[0].length;
      found.push({
        kind: rule.kind,
        text: text.slice(start, end).trim(),
        origin: origin ? normalisePublisher(origin) : (rule.impliedOrigin ?? null),
        named: Boolean(origin),
        start,
        end,
      });
      break;
    }
  }
  return found;
}
