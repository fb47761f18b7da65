import type { ArticleText, SyndicationKind, SyndicationNotice } from '../../analysis/types';
import { mentionsWireServices, newsroomsAmong } from './contributors';
import { looksLikePerson, NOTICE_PATTERNS, type NoticePattern } from './notice-patterns';
import { normalisePublisher } from './publisher-names';

/** A visible notice found in the text, before deciding whether it names another publisher. */
export interface NoticeCandidate extends SyndicationNotice {
  start: number;
  end: number;
  /** True when the text names the publisher; an implied or missing origin cannot be the site's own. */
  named: boolean;
  /** Every publisher the notice names, the likeliest origin first; the first that is not the site is the origin. */
  publishers: string[];
}

// Every pattern that may match anywhere in a block holds one of these words: a block without any skips them.
// (Patterns anchored at a block's start or end cost next to nothing and always run.) One regex of plain alternatives
// per block: V8's String.prototype.includes on a two-byte text is slow, and forty of them a paragraph cost ten times more.
const ANYWHERE_KEYWORDS = [
  'epublish', 'eprint', 'eproduc', 'epost', 'riginally', 'irst published', 'irst appeared', 'irst ran', 'irst posted',
  'irst aired', 'irst produced', 'contributed', 'eporting by', 'eporting By', 'riting by', 'riting By', 'ompiled by',
  '©', '(c)', '(C)', 'opyright', 'OPYRIGHT', 'istributed by', 'rovided by', 'rovided to', 'Content created', 'also ran',
  ' posted by', ' hosted ', 'yndicated', ' produced by', ' produced in', ' produced for', ' reported by', ' written by',
  ' published by', ' published from', ' shared by', ' distributed by', ' posted on', ' published in', ' reported in',
  'ermission', 'ourtesy of', 'collaboration', 'partnership', ' was used', ' were used', 'includes ', 'contains ',
  'olely responsible', ' created by', 'co-produced', 'co-published', ' came from', ' comes from', ' is from', ' was from', 'sharing', 'syndication', 'republishing', 'eporting from', 'came to us', 'comes to us',
];

const ANY_KEYWORD = new RegExp(ANYWHERE_KEYWORDS.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function mayMatchAnywhere(blockText: string): boolean {
  return ANY_KEYWORD.test(blockText);
}

// A notice is a paragraph of its own; report the whole paragraph when it is this short, else the matched part.
const WHOLE_BLOCK = 400;

// How much of a block's end a sign-off pattern reads.
const BLOCK_END = 80;

// Photo, video and graphic credits name agencies too ("AP Photo/…", "Photo: Getty Images/AFP", "© Jane Doe / Reuters"):
// they credit a picture, not the story.
const PICTURE_CREDIT = /\b(?:Photo|PHOTO|photo|Photograph|photograph|Image|image|Picture|Illustration|Video|video|Graphic|Footage|Getty Images|Shutterstock|Alamy)s?\b/;

/**
 * Runs every notice pattern over every block; at most one notice a block, the first pattern that matches.
 */
export function findTextNotices(article: ArticleText): NoticeCandidate[] {
  const found: NoticeCandidate[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'preformatted' || block.social) continue;
    const blockText = text.slice(block.start, block.end);
    for (const rule of rulesFor(mayMatchAnywhere(blockText), blockText.charAt(0))) {
      if (rule.maxBlock !== undefined && blockText.length > rule.maxBlock) continue;
      const offset = rule.at === 'block-end' ? Math.max(0, blockText.length - BLOCK_END) : 0;
      const read = offset ? blockText.slice(offset) : blockText;
      if (rule.needs && !rule.needs.test(read)) continue;
      const match = rule.pattern.exec(read);
      if (!match) continue;
      if (rule.at === 'block-start' && match.index > 3) continue;
      const index = offset + match.index;
      if (isPictureCredit(rule, blockText, index + match[0].length)) continue;
      if (isListItem(match[0], blockText.slice(index + match[0].length))) continue;
      const publishers = publishersOf(rule, match);
      if (publishers === null) continue;
      const short = blockText.length <= WHOLE_BLOCK;
      const start = short ? block.start : block.start + index;
      const end = short ? block.end : block.start + index + match[0].length;
      const noticeText = text.slice(start, end).trim();
      found.push({
        kind: kindOf(rule.kind, noticeText),
        text: noticeText,
        origin: publishers[0] ?? (mentionsWireServices(match[0]) ? null : (rule.impliedOrigin ?? null)),
        named: publishers.length > 0,
        publishers: publishers,
        start,
        end,
      });
      break;
    }
  }
  return found;
}

// The patterns worth trying on a block, in their order, by whether it holds an anywhere keyword and by its first
// character: most blocks then loop over a handful of patterns instead of every one.
const RULES_BY_OPENING = new Map<string, NoticePattern[]>();
const MAX_OPENINGS = 512;

function rulesFor(anywhere: boolean, first: string): NoticePattern[] {
  // With leading whitespace a block-start pattern may begin further in; only a block opening on text is gated.
  const gated = first.trim() !== '';
  const key = (anywhere ? 'a' : 'e') + (gated ? first : '');
  let rules = RULES_BY_OPENING.get(key);
  if (!rules) {
    rules = NOTICE_PATTERNS.filter((rule) => (anywhere || rule.at !== 'anywhere') && !(gated && rule.lead !== undefined && !rule.lead.includes(first)));
    if (RULES_BY_OPENING.size < MAX_OPENINGS) RULES_BY_OPENING.set(key, rules);
  }
  return rules;
}

/** The publishers a match names, normalised; null when a contribution line names only people. */
function publishersOf(rule: NoticePattern, match: RegExpExecArray): string[] | null {
  const first = rule.originGroup !== undefined ? match[rule.originGroup] : undefined;
  if (rule.contributors) {
    const newsrooms = first ? newsroomsAmong(first) : [];
    if (newsrooms.length) return newsrooms.map(normalisePublisher);
    return mentionsWireServices(match[0]) ? [] : null;
  }
  if (rule.notPerson && first && looksLikePerson(first)) return null;
  const second = rule.alternateGroup !== undefined ? match[rule.alternateGroup] : undefined;
  return [first, second].filter((name): name is string => Boolean(name)).map(normalisePublisher);
}

/** A credit line for a picture: a copyright or wire line, or any caption-sized line, in a block naming a photo. */
function isPictureCredit(rule: NoticePattern, blockText: string, matchEnd: number): boolean {
  if (rule.kind === 'copyright-line' && /^\s?\//.test(blockText.slice(matchEnd, matchEnd + 2))) return true;
  const creditLine = rule.kind === 'copyright-line' || rule.kind === 'wire-credit' ? 300 : 120;
  return blockText.length <= creditLine && PICTURE_CREDIT.test(blockText);
}

/**
 * "(c) 2020 Amendments. The amendments made…" is a clause of a law; a "(c)" copyright line ends its paragraph or runs
 * into the rest of a copyright notice.
 */
function isListItem(matched: string, after: string): boolean {
  if (!/^[\s.!?]*\([Cc]\)/.test(matched)) return false;
  return !/^[\s.,]*(?:$|All |Distributed|Visit|Used|Reprinted|Republished|Licensed)/.test(after);
}

const FIRST_RAN = /\b(?:[Oo]riginally|[Ff]irst)\s(?:published|appeared|ran|posted|aired|written|produced)\b/;
const LICENCE_WORDS = /[Rr]epublish|[Rr]eprint|[Rr]eproduc|Creative Commons|without charge|free of charge|permission|[Ll]icen[cs]ed\b|[Ss]yndicated|courtesy of/;

/**
 * A notice saying where the story first ran is `originally-published` even when it adds the permission; one that
 * grants or records a licence or permission otherwise is a `licence-notice` ("produced by X … and is republished here
 * with permission", "X is a nonprofit newsroom … Republish our articles for free").
 */
function kindOf(kind: SyndicationKind, noticeText: string): SyndicationKind {
  if (kind !== 'licence-notice' && kind !== 'originally-published') return kind;
  if (FIRST_RAN.test(noticeText)) return 'originally-published';
  if (LICENCE_WORDS.test(noticeText)) return 'licence-notice';
  return kind;
}
