import type { ArticleText, TextBlock } from '../../analysis/types';

/**
 * Quoted text within one block, from its opening mark to its closing mark (or the block's end when the quotation
 * runs on into the next paragraph). The parts of one quotation share `run`.
 */
export interface Quotation {
  start: number;
  end: number;
  block: number;
  run: number;
  /** The words inside the marks. */
  inner: string;
}

type Style = 'double' | 'single' | 'guillemet';

const MARK = /[“”"«»‘’'„]/g;

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
  // A typed “ in closing position (before a space, punctuation or the end) closes too: a common typo.
  if (style === 'double') return ch === '”' || ch === '"' || (ch === '“' && /^(?:[\s,.;:!?]|$)/.test(text[index + 1] ?? ''));
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
 * several paragraphs leaves each paragraph unclosed and opens the next one again; it closes on the last. Each
 * paragraph's part becomes its own span (marks never cross a block), tied to the others by `run`.
 */
export function findQuotations(article: ArticleText): Quotation[] {
  const { text, blocks } = article;
  const found: Quotation[] = [];
  // Parts of a quotation still open at the end of the previous block.
  let pending: Quotation[] = [];
  let pendingStyle: Style | null = null;
  let runs = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!;
    if (!QUOTABLE.has(block.kind) || block.social) {
      pending = [];
      continue;
    }
    let open: { start: number; style: Style; run: number } | null = null;
    let index = block.start;
    while (index < block.end && /\s/.test(text[index]!)) index++;
    if (pending.length && pendingStyle && openingStyle(text, index, block.start) === pendingStyle) {
      open = { start: index, style: pendingStyle, run: pending[0]!.run };
      index++;
    } else {
      pending = [];
    }
    MARK.lastIndex = index;
    for (let mark = MARK.exec(text); mark && mark.index < block.end; mark = MARK.exec(text)) {
      // Only quotation marks matter: jump from one to the next.
      index = mark.index;
      if (open) {
        if (closes(text, index, open.style)) {
          found.push(...pending, part(text, open.start, index + 1, blockIndex, open.run));
          pending = [];
          open = null;
        } else if (text[index] === '“' && open.style === 'double') {
          // A second opening mark before any closing one: the first was never closed; start again here.
          pending = [];
          open = { start: index, style: open.style, run: runs++ };
        }
        continue;
      }
      const style = openingStyle(text, index, block.start);
      if (style) open = { start: index, style, run: runs++ };
    }
    MARK.lastIndex = 0;
    // Unclosed at the paragraph's end: it may go on in the next paragraph, which must open it again.
    if (open) {
      pending.push(part(text, open.start, block.end, blockIndex, open.run));
      pendingStyle = open.style;
    } else {
      pending = [];
    }
  }
  return found;
}

function part(text: string, start: number, end: number, block: number, run: number): Quotation {
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  const closed = /[”"»’']/.test(text[trimmedEnd - 1] ?? '') && trimmedEnd - 1 > start;
  return { start, end: trimmedEnd, block, run, inner: text.slice(start + 1, closed ? trimmedEnd - 1 : trimmedEnd) };
}
