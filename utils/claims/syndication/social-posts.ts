import type { ArticleText, SyndicationNotice } from '../../analysis/types';
import { MONTH } from '../month-names';

// The text an embedded tweet leaves behind when its script does not run: "… — Name (@handle) October 7, 2020".
// Bounded repetition keeps it linear on any paragraph.
const TWEET_SIGNATURE = new RegExp(
  `[—–-]\\s{0,3}([^\\s()—–][^()\\n—–]{0,80}?)\\s{0,3}\\(@(\\w{1,30})\\)\\s{0,3}(${MONTH}\\s{1,3}\\d{1,2},\\s{0,3}\\d{4})` +
    `(?:\\s{0,3}(?:Report\\s{1,3})?End of Twitter post by @\\w{1,30})?`,
  'g',
);

// Instagram's fallback text: "A post shared by Name (@handle) on Oct 7, 2020 at 9:12am PDT".
const INSTAGRAM_SIGNATURE = new RegExp(
  `[Aa] post shared by\\s{1,3}([^()\\n]{1,80}?)\\s{0,3}\\(@([\\w.]{1,30})\\)(?:\\s{1,3}on\\s{1,3}${MONTH}\\s{1,3}\\d{1,2},\\s{0,3}\\d{4}(?:\\s{1,3}at\\s{1,3}[\\d:]{3,5}\\s?[ap]m(?:\\s[A-Z]{2,4})?)?)?`,
  'g',
);

/**
 * Embedded social posts: blocks marked `social` by the article finder, and paragraphs that end in a post's
 * plain-text signature. The notice spans the post from its paragraph's start to the signature.
 */
export function findSocialPosts(article: ArticleText): SyndicationNotice[] {
  const notices: SyndicationNotice[] = [];
  const { text } = article;
  const handles = handleOpenings(text);
  for (const block of article.blocks) {
    const blockText = text.slice(block.start, block.end);
    const signed = holdsHandle(handles, block.start, block.end);
    if (block.social) {
      const signature = signed ? lastSignature(blockText) : undefined;
      notices.push({
        kind: 'embedded-social',
        text: blockText,
        origin: signature?.author ?? null,
        start: block.start,
        end: block.end,
      });
      continue;
    }
    if (!signed) continue;
    let postStart = 0;
    for (const signature of signatures(blockText)) {
      // A post's plain text fills its paragraph up to the signature; two posts in a row split at the first's end.
      const start = postStart;
      notices.push({
        kind: 'embedded-social',
        text: blockText.slice(start, signature.end),
        origin: signature.author,
        start: block.start + start,
        end: block.start + signature.end,
      });
      postStart = signature.end;
    }
  }
  return notices;
}

// Every signature holds "(@" before its handle. Found once in the whole text, so that the two long patterns run only
// on the few paragraphs that hold one.
const HANDLE_OPENING = '(@';

function handleOpenings(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(HANDLE_OPENING); at >= 0; at = text.indexOf(HANDLE_OPENING, at + 1)) found.push(at);
  return found;
}

/** True when one of the sorted `handles` lies wholly in [start, end). */
function holdsHandle(handles: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = handles.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (handles[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < handles.length && handles[low]! + HANDLE_OPENING.length <= end;
}

interface Signature {
  index: number;
  end: number;
  author: string;
}

function signatures(blockText: string): Signature[] {
  const found: Signature[] = [];
  for (const pattern of [TWEET_SIGNATURE, INSTAGRAM_SIGNATURE]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(blockText); match; match = pattern.exec(blockText)) {
      found.push({ index: match.index, end: match.index + match[0].length, author: match[1]!.trim() });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function lastSignature(blockText: string): Signature | undefined {
  const all = signatures(blockText);
  return all[all.length - 1];
}
