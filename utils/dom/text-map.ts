import type { ArticleText, BlockKind } from '../analysis/types';

/**
 * The article's text as a reader sees it, with a map back to the live DOM's text nodes.
 *
 * Detectors work on plain text; marks and note anchors must land on the live page. The map is the bridge:
 * a run says "these `length` characters of the article text are characters `nodeOffset…` of this Text node".
 * White space is collapsed as a browser renders it, so one run covers a stretch that maps one to one.
 */
export interface TextRun {
  node: Text;
  nodeOffset: number;
  textStart: number;
  length: number;
}

export interface BlockSource {
  element: Element;
  kind: BlockKind;
  social?: string;
}

export interface TextMap {
  article: ArticleText;
  runs: TextRun[];
  /** The source element of each entry of `article.blocks`, same order. */
  elements: Element[];
}

/** A piece of a text range that lies inside a single Text node. */
export interface DomPiece {
  node: Text;
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WORD = /[^ \t\n\r\f]+/g;
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
// Inside a block these start a new line, as a browser renders them: "<p>a</p><p>b</p>" reads "a\nb", never "ab".
const LINE_BREAKING = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION',
  'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FIGURE', 'TABLE', 'TR', 'ADDRESS', 'HR', 'MAIN', 'FORM', 'FIELDSET',
  'DETAILS', 'SUMMARY', 'CAPTION',
]);
// Table cells side by side read as words apart.
const WORD_BREAKING = new Set(['TD', 'TH']);

/**
 * Builds the article text from its block elements, in order.
 * `skip(el)` leaves out a subtree inside a block (an ad slot, a caption, a hidden span).
 */
export function buildTextMap(sources: BlockSource[], skip: (el: Element) => boolean = () => false): TextMap {
  const runs: TextRun[] = [];
  const blocks: ArticleText['blocks'] = [];
  const elements: Element[] = [];
  let text = '';

  for (const source of sources) {
    const separator = text.length > 0 ? '\n\n' : '';
    const blockStart = text.length + separator.length;
    let out = '';
    let pending: { node: Text; offset: number } | null = null;
    let pendingBreak = false;
    let pendingSpace = false;
    const blockRuns: TextRun[] = [];

    const emitText = (node: Text) => {
      const data = node.data;
      WORD.lastIndex = 0;
      let lastEnd = 0;
      for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
        if (m.index > lastEnd && out.length > 0) pending = { node, offset: m.index - 1 };
        if (out.length > 0 && (pending || pendingBreak || pendingSpace)) {
          const sep = pendingBreak ? '\n' : ' ';
          if (!pendingBreak && pending && pending.node === node && pending.offset === m.index - 1) {
            // The space right before the word belongs to the same node: one run covers both.
            blockRuns.push({ node, nodeOffset: m.index - 1, textStart: blockStart + out.length, length: m[0].length + 1 });
            out += ' ' + m[0];
            pending = null;
            pendingSpace = false;
            lastEnd = m.index + m[0].length;
            continue;
          }
          if (!pendingBreak && pending) {
            blockRuns.push({ node: pending.node, nodeOffset: pending.offset, textStart: blockStart + out.length, length: 1 });
          }
          out += sep;
        }
        pending = null;
        pendingBreak = false;
        pendingSpace = false;
        blockRuns.push({ node, nodeOffset: m.index, textStart: blockStart + out.length, length: m[0].length });
        out += m[0];
        lastEnd = m.index + m[0].length;
      }
      if (lastEnd < data.length && out.length > 0 && !pendingBreak) pending = { node, offset: lastEnd };
    };

    // Iterative walk: pages nest thousands of levels deep and must not overflow the stack.
    // A null entry marks the end of a line-breaking element.
    const stack: (Node | null)[] = [source.element];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === null) {
        if (out.length > 0) pendingBreak = true;
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        emitText(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      if (el !== source.element && (NEVER_TEXT.has(el.tagName) || skip(el))) continue;
      if (el.tagName === 'BR') {
        if (out.length > 0) pendingBreak = true;
        continue;
      }
      if (el !== source.element && LINE_BREAKING.has(el.tagName)) {
        if (out.length > 0) pendingBreak = true;
        stack.push(null);
      } else if (el !== source.element && WORD_BREAKING.has(el.tagName) && out.length > 0 && !pendingBreak) {
        pendingSpace = true;
      }
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    }

    if (out.length === 0) continue;
    text += separator + out;
    runs.push(...blockRuns);
    blocks.push({ start: blockStart, end: blockStart + out.length, kind: source.kind, ...(source.social ? { social: source.social } : {}) });
    elements.push(source.element);
  }
  return { article: { text, blocks }, runs, elements };
}

/** The Text-node pieces that make up `[start, end)` of the article text, in document order. */
export function domPieces(map: TextMap, start: number, end: number): DomPiece[] {
  const { runs } = map;
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (run.textStart + run.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const pieces: DomPiece[] = [];
  for (let i = lo; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.textStart >= end) break;
    const from = Math.max(start, run.textStart) - run.textStart;
    const to = Math.min(end, run.textStart + run.length) - run.textStart;
    if (to <= from) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === run.node && last.end === run.nodeOffset + from) last.end = run.nodeOffset + to;
    else pieces.push({ node: run.node, start: run.nodeOffset + from, end: run.nodeOffset + to });
  }
  return pieces;
}

/**
 * The article-text offset of a DOM position (a selection's boundary), or null when it lies outside the article.
 * A position between characters of collapsed white space snaps to the next character of the text.
 */
export function textOffsetOf(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType !== TEXT_NODE) return null;
  let best: number | null = null;
  for (const run of map.runs) {
    if (run.node !== node) continue;
    if (offset >= run.nodeOffset && offset <= run.nodeOffset + run.length) return run.textStart + offset - run.nodeOffset;
    if (offset < run.nodeOffset && best === null) best = run.textStart;
  }
  return best;
}
