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
// (Patterns anchored at a block's start cost next to nothing and always run.) One regex of plain alternatives per
// block: V8's String.prototype.includes on a two-byte text is slow, and forty of them a paragraph cost ten times more.
const ANYWHERE_KEYWORDS = [
  'epublish', 'eprint', 'eproduc', 'epost', 'riginally', 'irst published', 'irst appeared', 'irst ran', 'irst posted',
  'irst aired', 'irst reported', 'irst produced', 'irst written', 'contributed to this', 'eporting by', '©', '(c)', '(C)',
  'opyright', 'OPYRIGHT', 'istributed by', 'rovided by', 'rovided to', 'Content created', 'also ran', ' posted by',
  ' hosted ', 'syndicated', ' produced by', ' produced in', ' reported by', ' written by', ' published by',
  ' published from', ' shared by', ' distributed by', ' posted on', ' published in', ' reported in',
];

const ANY_KEYWORD = new RegExp(ANYWHERE_KEYWORDS.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function mayMatchAnywhere(blockText: string): boolean {
  return ANY_KEYWORD.test(blockText);
}

// A notice is a paragraph of its own; report the whole paragraph when it is this short, else the matched part.
const WHOLE_BLOCK = 400;

/** Runs every notice pattern over every block; at most one notice a block, the first pattern that matches. */
export function findTextNotices(article: ArticleText): NoticeCandidate[] {
  const found: NoticeCandidate[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'preformatted' || block.social) continue;
    const blockText = text.slice(block.start, block.end);
    const anywhere = mayMatchAnywhere(blockText);
    for (const rule of NOTICE_PATTERNS) {
      if (rule.at === 'anywhere' && !anywhere) continue;
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
