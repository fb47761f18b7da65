import type { BlockKind } from '../analysis/types';
import { classHint, isBoilerplateContainer, readHintAttributes, socialEmbedOf } from './element-hints';
import { INLINE_TAGS, type ElementStats } from './element-stats';

/**
 * Page furniture: a navigation, aside, footer, form or dialog (by tag or ARIA role), a header, or anything whose
 * class or id reads as boilerplate. A container that holds the article's own markers (its <h1>, <main>,
 * articleBody) is never furniture, whatever its class says: whole pages sit inside <form id="aspnetForm"> or
 * <div class="has-sidebar">.
 */
const TEASER_TEXT = 400;
const SOCIAL_WRAPPER_TEXT = 1500;

export function isFurniture(s: ElementStats): boolean {
  if (s.holdsMarker || s.marker || s.social) return false;
  if (s.furnitureTag || s.tag === 'HEADER') return true;
  // Embed wrappers are often classed "social-embed": the post inside is part of the story.
  if (s.hint < 0) return !(s.holdsSocial && s.text < SOCIAL_WRAPPER_TEXT);
  // A teaser card: a linked headline with a line or two of summary under it.
  return s.linkedHeadings > 0 && s.text < TEASER_TEXT;
}

/** Inside a block, the parts that are not prose: furniture, and inline labels such as captions and credits. */
export function isFurnitureInsideBlock(el: Element): boolean {
  const tag = el.tagName;
  const a = readHintAttributes(el);
  if (socialEmbedOf(a.cls)) return false;
  if (isBoilerplateContainer(tag, a.role)) return true;
  if (INLINE_TAGS.has(tag)) return /\b(?:caption|credit|sr-only|visually-hidden|screen-reader)/i.test(a.cls);
  return classHint(a.cls, a.id) < 0;
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
export function blockShapeOf(s: ElementStats): BlockShape | null {
  const tag = s.tag;
  if (s.social) return { kind: 'embed', social: s.social };
  if (tag === 'P') return { kind: 'paragraph' };
  if (HEADING.test(tag)) return { kind: 'heading' };
  if (tag === 'PRE') return { kind: 'preformatted' };
  if (s.text === 0) return null;
  if (tag === 'BLOCKQUOTE') return s.text < CONTAINER_TEXT * 4 ? { kind: 'blockquote' } : null;
  if (tag === 'LI') return !s.hasBlockChild || s.text < CONTAINER_TEXT ? { kind: 'list-item' } : null;
  if (!s.hasBlockChild) return { kind: 'paragraph' };
  // Loose prose beside inner blocks ("text<br><br>text<div class=ad>…</div>text"): the container is the paragraph.
  if (s.inline >= 30 && s.inline >= s.text * 0.5) return { kind: 'paragraph' };
  return null;
}
