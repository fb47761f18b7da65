import type { ArticleText, SyndicationNotice } from '../../analysis/types';
import { normalisePublisher } from './publisher-names';

// "MOSCOW (AP) —", "New Delhi (AFP) -", "LONDON, Oct 7 (Reuters) -", "(The Center Square) –": a place (optional),
// the credit in brackets, a dash. Bounded parts keep it linear.
const DATELINE =
  /^\s{0,3}((?:[A-Z][A-Za-z.'’-]{0,30}(?:[ ,]{1,2}[A-Z0-9][A-Za-z0-9.'’-]{0,30}){0,5}\s{0,2})?)\(([A-Z][^()\n]{1,40})\)(\s{0,2}(?:[—–]|--?)\s{0,2}|\s)/;

// Agencies whose datelines may run straight into the story with no dash: "NEW DELHI, Oct 3 (PTI) The government…".
const DASHLESS_WIRE = /^(?:PTI|IANS|ANI|UNI|AP|AFP|Reuters|Xinhua|dpa|Kyodo|Yonhap|Bernama|ANTARA)$/;

// Labels some outlets put in brackets after a dateline; they are not an agency: "WASHINGTON (UPDATED) —".
const NOT_A_CREDIT = /^(?:updated?|live|video|watch|exclusive|analysis|opinion|breaking|photos?|audio|corrected|correction|sponsored|advertisement|podcast|explainer|commentary|editorial|review|interview|satire|developing)$/i;

// How many paragraphs may come before the lede: a kicker, a header line. Front matter (bylines, timestamps,
// "Listen to this article", captions: short lines that are not sentences) is not counted, up to FRONT_MATTER blocks.
const LEADING_BLOCKS = 3;
const FRONT_MATTER = 8;
const SHORT_LINE = 120;

function isFrontMatter(line: string): boolean {
  return line.length < SHORT_LINE && !/[.!?"”’']\s*$/.test(line);
}

/** A datelined wire credit, which only counts at the start of the article body. */
export function findWireDateline(article: ArticleText): SyndicationNotice | null {
  const { text } = article;
  let seen = 0;
  let looked = 0;
  for (const block of article.blocks) {
    if (seen >= LEADING_BLOCKS || looked >= FRONT_MATTER) break;
    if (block.kind === 'heading') continue;
    looked++;
    const blockText = text.slice(block.start, Math.min(block.end, block.start + 400));
    if (!isFrontMatter(blockText)) seen++;
    const match = DATELINE.exec(blockText);
    if (!match) continue;
    const credit = match[2]!.trim();
    // Without a dash only an agency's all-capitals dateline counts ("NEW DELHI, Oct 3 (PTI)").
    if (!/[—–-]/.test(match[3]!) && !(DASHLESS_WIRE.test(credit) && /^\s{0,3}[A-Z]{2,}/.test(match[1]!))) continue;
    // A dateline leads into the story's first sentence; "Apple Filing Protocol (AFP) - macOS" leads into nothing.
    const rest = text.slice(block.start + match[0].length, Math.min(block.end, block.start + match[0].length + 200));
    if (rest.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length < 5) continue;
    if (!looksLikePublisher(credit)) continue;
    return {
      kind: 'wire-credit',
      text: match[0].trim(),
      origin: normalisePublisher(credit),
      start: block.start + match.index + match[0].length - match[0].trimStart().length,
      end: block.start + match[0].trimEnd().length,
    };
  }
  return null;
}

/** A bracketed credit names an organisation: capitalised words, not a date, a number or a photo note. */
function looksLikePublisher(credit: string): boolean {
  if (NOT_A_CREDIT.test(credit)) return false;
  if (/\d/.test(credit) && !/^\w+ \d/.test(credit)) return false;
  // Caption notes ("AP Photo", "file", "left"); position words count in lower case only ("The Center Square" is a name).
  if (/\b(?:[Pp]hoto|[Ff]ile|[Vv]ideo|pictured|left|right|center|centre|above|below)\b/.test(credit)) return false;
  return /^(?:The\s)?[A-Z][\w&.'’-]*(?:\s(?:of\s|for\s|the\s)?[A-Z][\w&.'’-]*){0,5}$/.test(credit);
}
