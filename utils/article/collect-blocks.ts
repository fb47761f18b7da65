import type { BlockSource } from '../dom/text-map';
import { blockShapeOf, isFurniture, isFurnitureInsideBlock } from './block-rules';
import { isStrongProse } from './block-quality';
import { NON_PROSE_TAGS } from './element-hints';
import type { ElementStats } from './element-stats';
import { walkElementsInSteps } from './dom-walk';
import { runToEnd, type Steps } from './steps';
import { isHiddenByMarkup } from './visibility';

export interface CollectedBlocks {
  sources: BlockSource[];
  /** Leaves out the parts of a block that are not prose (captions, credits, ad slots, hidden spans). */
  skip: (el: Element) => boolean;
  /** Non-space characters of prose in the kept blocks, and how many of them are strong paragraphs. */
  proseChars: number;
  strongParagraphs: number;
}

export interface CollectOptions {
  /** In a browser: a cheap computed-visibility check, asked only of candidate blocks. */
  isRendered?: (el: Element) => boolean;
}

interface Candidate {
  source: BlockSource;
  stats: ElementStats;
}

/** The body blocks under the root, in document order, without furniture, link lists and labels. */
export function collectBlocks(root: Element, stats: Map<Element, ElementStats>, options: CollectOptions = {}): CollectedBlocks {
  return runToEnd(collectBlocksInSteps(root, stats, options, Infinity));
}

/** The same blocks, pausing before every `stepSize`-th element. */
export function* collectBlocksInSteps(
  root: Element,
  stats: Map<Element, ElementStats>,
  options: CollectOptions,
  stepSize: number,
): Steps<CollectedBlocks, void> {
  const kept: Candidate[] = [];
  const rootStats = stats.get(root);
  const rootShape = rootStats ? blockShapeOf(rootStats) : null;
  if (rootStats && rootShape) {
    if (isBodyText(rootShape.kind, rootStats)) kept.push({ source: { element: root, kind: rootShape.kind }, stats: rootStats });
    return summarise(kept, options);
  }
  yield* walkElementsInSteps(root, {
    enter(el) {
      const own = stats.get(el);
      if (!own || own.text === 0) return false;
      if (el !== root && isFurniture(own)) return false;
      const shape = el === root ? null : blockShapeOf(own);
      if (!shape) return true;
      if (isBodyText(shape.kind, own)) {
        kept.push({ source: { element: el, kind: shape.kind, ...(shape.social ? { social: shape.social } : {}) }, stats: own });
      }
      return false;
    },
  }, stepSize);

  return summarise(kept, options);
}

function summarise(kept: Candidate[], options: CollectOptions): CollectedBlocks {
  const rendered = options.isRendered ? kept.filter((c) => options.isRendered!(c.source.element)) : kept;
  const body = trimLeadingLabels(rendered);
  let proseChars = 0;
  let strongParagraphs = 0;
  for (const { source, stats: s } of body) {
    if (source.kind === 'heading') continue;
    proseChars += s.text - s.link;
    if (isStrongProse(s)) strongParagraphs++;
  }
  return { sources: body.map((c) => c.source), skip: skipInsideBlock, proseChars, strongParagraphs };
}

function skipInsideBlock(el: Element): boolean {
  return NON_PROSE_TAGS.has(el.tagName) || isHiddenByMarkup(el) || isFurnitureInsideBlock(el);
}

function isBodyText(kind: string, s: ElementStats): boolean {
  if (kind === 'embed') return true;
  // A bare timestamp (live-blog entries, "Updated 9:40 a.m.") dates the text; it is not part of it.
  if (s.tag === 'TIME') return false;
  if (kind === 'heading') return s.tag !== 'H1' && s.link <= s.text * 0.5;
  // An author's <p> stays even when mostly a link ("(RELATED: …)"); a bare link does not.
  if (s.tag === 'P') return s.link < s.text * 0.9 || s.text >= 200;
  if (s.link > s.text * 0.5) return false;
  return s.punct > 0 || s.text >= 40;
}

// The article's header residue (kicker, byline, date line) sits before the first real paragraph.
function trimLeadingLabels(blocks: Candidate[]): Candidate[] {
  let first = 0;
  while (first < blocks.length) {
    const { source, stats: s } = blocks[first]!;
    if (isStrongProse(s) || source.kind === 'embed') break;
    const label = s.text < 80 && !endsSentence(source.element);
    if (!label && source.kind !== 'heading') break;
    first++;
  }
  // A body with no strong prose at all keeps what it has.
  return first < blocks.length ? blocks.slice(first) : blocks;
}

function endsSentence(el: Element): boolean {
  const text = (el.textContent ?? '').trimEnd();
  return /[.!?…]["'”’)\]]*$/.test(text);
}
