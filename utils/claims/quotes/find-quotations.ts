import type { ArticleText, TextBlock } from '../../analysis/types';

/** A run of quoted text: one span from its opening mark to its closing mark, perhaps over several paragraphs. */
export interface Quotation {
  start: number;
  end: number;
  /** Index of the first and last block it covers. */
  firstBlock: number;
  lastBlock: number;
  /** The words inside the marks, paragraph breaks kept as spaces. */
  inner: string;
}

type Style = 'double' | 'single' | 'guillemet';

const QUOTABLE: ReadonlySet<TextBlock['kind']> = new Set(['paragraph', 'list-item', 'blockquote']);

function isOpenable(before: string | undefined, after: string | undefined): boolean {
  const openerContext = before === undefined || /[\s([{—–\-/:]/.test(before);
  return openerContext && after !== undefined && !/\s/.test(after);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The style a character opens, if it can open a quotation here. */
function openingStyle(text: string, index: number, blockStart: number): Style | null {
  const ch = text[index];
  const before = index > blockStart ? text[index - 1] : undefined;
  const after = text[index + 1];
  if (ch === '“' || ch === '„') return 'double';
  if (ch === '«') return 'guillemet';
  if (ch === '"') return isOpenable(before, after) ? 'double' : null;
  if (ch === '‘' || ch === "'") return isOpenable(before, after) && /\p{L}/u.test(after ?? '') ? 'single' : null;
  return null;
}

/** True when the character closes a quotation of `style` (an apostrophe inside a word does not). */
function closes(text: string, index: number, style: Style): boolean {
  const ch = text[index];
  if (style === 'double') return ch === '”' || ch === '"' || ch === '“' && /[\s,.;:!?]|$/.test(text[index + 1] ?? '');
  if (style === 'guillemet') return ch === '»';
  if (ch !== '’' && ch !== "'") return false;
  const before = text[index - 1];
  const after = text[index + 1];
  if (isLetter(after) || before === undefined || /\s/.test(before)) return false;
  // "politicians’ safety" is a plural possessive; a closing mark after an s needs punctuation or the end.
  if (before === 's' && after !== undefined && !/[,.;:!?)\]—–]/.test(after)) return false;
  return true;
}

/**
 * Every quotation in the quotable blocks, in one pass over the text. By news convention a quotation running over
 * several paragraphs leaves each paragraph unclosed and opens the next one again; it closes on the last.
 */
export function findQuotations(article: ArticleText): Quotation[] {
  const { text, blocks } = article;
  const found: Quotation[] = [];
  let carried: { start: number; firstBlock: number; style: Style; inner: string } | null = null;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!;
    if (!QUOTABLE.has(block.kind) || block.social) {
      carried = null;
      continue;
    }
    let open: { start: number; innerStart: number; style: Style } | null = null;
    let index = block.start;
    while (index < block.end && /\s/.test(text[index]!)) index++;
    if (carried) {
      const style = openingStyle(text, index, block.start);
      if (style === carried.style) open = { start: index, innerStart: index + 1, style };
      else carried = null;
      if (open) index++;
    }
    for (; index < block.end; index++) {
      if (open) {
        if (closes(text, index, open.style)) {
          const inner = text.slice(open.innerStart, index);
          found.push({
            start: carried ? carried.start : open.start,
            end: index + 1,
            firstBlock: carried ? carried.firstBlock : blockIndex,
            lastBlock: blockIndex,
            inner: carried ? `${carried.inner} ${inner}` : inner,
          });
          carried = null;
          open = null;
        } else if (open.style !== 'single' && openingStyle(text, index, block.start) === open.style && text[index] === '“') {
          // A second opening mark before any closing one: the first was never closed; start again here.
          carried = null;
          open = { start: index, innerStart: index + 1, style: open.style };
        }
        continue;
      }
      const style = openingStyle(text, index, block.start);
      if (style) open = { start: index, innerStart: index + 1, style };
    }
    // Unclosed at the paragraph's end: it may continue in the next paragraph.
    carried = open
      ? {
          start: carried ? carried.start : open.start,
          firstBlock: carried ? carried.firstBlock : blockIndex,
          style: open.style,
          inner: (carried ? `${carried.inner} ` : '') + text.slice(open.innerStart, block.end),
        }
      : null;
  }
  return found;
}
