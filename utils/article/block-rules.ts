import type { BlockKind } from '../analysis/types';
import { classHint, isArticleMarker, isBoilerplateContainer, socialEmbedOf } from './element-hints';
import { INLINE_TAGS, type ElementStats } from './element-stats';

/**
 * Page furniture: a navigation, aside, footer, form or dialog (by tag or ARIA role), or anything whose class or id
 * reads as boilerplate. A container that holds the article's own markers (its <h1>, <main>, articleBody) is never
 * furniture, whatever its class says: whole pages sit inside <form id="aspnetForm"> or <div class="has-sidebar">.
 */
export function isFurniture(el: Element, stats: ElementStats | undefined): boolean {
  if (stats?.holdsMarker) return false;
  if (isArticleMarker(el)) return false;
  if (isBoilerplateContainer(el)) return true;
  if (el.tagName === 'HEADER') return true;
  return classHint(el) < 0;
}

/** Inside a block, the parts that are not prose: furniture, and inline labels such as captions and credits. */
export function isFurnitureInsideBlock(el: Element): boolean {
  if (socialEmbedOf(el)) return false;
  if (isBoilerplateContainer(el)) return true;
  if (INLINE_TAGS.has(el.tagName)) return /\b(?:caption|credit|sr-only|visually-hidden|screen-reader)/i.test(el.getAttribute('class') ?? '');
  return classHint(el) < 0;
}

export interface BlockShape {
  kind: BlockKind;
  social?: string;
}

const HEADING = /^H[1-6]$/;
// A list item or quotation this long with inner blocks is a layout container, not one item.
const CONTAINER_TEXT = 600;

/**
 * Whether an element is one block of text (a paragraph, heading, list item, quotation, embed) and of what kind.
 * Null means: not a block, walk into it. Everything inside a block belongs to that block.
 */
export function blockShapeOf(el: Element, stats: ElementStats): BlockShape | null {
  const tag = el.tagName;
  const social = socialEmbedOf(el);
  if (social) return { kind: 'embed', social };
  if (tag === 'P') return { kind: 'paragraph' };
  if (HEADING.test(tag)) return { kind: 'heading' };
  if (tag === 'PRE') return { kind: 'preformatted' };
  if (stats.text === 0) return null;
  if (tag === 'BLOCKQUOTE') return stats.text < CONTAINER_TEXT * 4 ? { kind: 'blockquote' } : null;
  if (tag === 'LI') return !stats.hasBlockChild || stats.text < CONTAINER_TEXT ? { kind: 'list-item' } : null;
  if (!stats.hasBlockChild) return { kind: 'paragraph' };
  // Loose prose beside inner blocks ("text<br><br>text<div class=ad>…</div>text"): the container is the paragraph.
  if (stats.inline >= 30 && stats.inline >= stats.text * 0.5) return { kind: 'paragraph' };
  return null;
}
