import { isArticleMarker, NON_PROSE_TAGS } from './element-hints';
import { walkElements } from './dom-walk';
import { isHiddenByMarkup } from './visibility';

/** What one bottom-up pass learns of every visible element: sizes are counts of non-space characters. */
export interface ElementStats {
  text: number;
  link: number;
  /** Sentence punctuation (. , ; : ! ?): prose has it, menus and button rows do not. */
  punct: number;
  /** Text in direct text children and inline children: loose prose of a container. */
  inline: number;
  hasBlockChild: boolean;
  /** Holds an <h1>, <main> or itemprop=articleBody: a container of the article, never boilerplate. */
  holdsMarker: boolean;
  /** <h2>…<h6> (or <a> wrapping a heading) whose text is mostly a link: teasers on listing pages. */
  linkedHeadings: number;
}

export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

const HEADING = /^H[1-6]$/;

export function isRenderedText(el: Element): boolean {
  return !NON_PROSE_TAGS.has(el.tagName) && !isHiddenByMarkup(el);
}

function emptyStats(): ElementStats {
  return { text: 0, link: 0, punct: 0, inline: 0, hasBlockChild: false, holdsMarker: false, linkedHeadings: 0 };
}

export function measureElements(root: Element): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  const open: ElementStats[] = [];
  let linkDepth = 0;

  walkElements(root, {
    enter(el) {
      if (!isRenderedText(el)) return false;
      open.push(emptyStats());
      if (el.tagName === 'A') linkDepth++;
      return true;
    },
    text(node) {
      const top = open[open.length - 1];
      if (!top) return;
      const data = node.data;
      let chars = 0;
      let punct = 0;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) continue;
        chars++;
        if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63) punct++;
      }
      top.text += chars;
      top.inline += chars;
      top.punct += punct;
      if (linkDepth > 0) top.link += chars;
    },
    exit(el) {
      const own = open.pop()!;
      stats.set(el, own);
      if (el.tagName === 'A') linkDepth--;
      const parent = open[open.length - 1];
      if (!parent) return;
      const tag = el.tagName;
      const isHeading = HEADING.test(tag);
      if (isHeading && tag !== 'H1' && own.text > 0 && own.link >= own.text * 0.8) own.linkedHeadings++;
      else if (tag === 'A' && own.hasBlockChild && own.linkedHeadings === 0 && own.text > 15) own.linkedHeadings++;
      parent.text += own.text;
      parent.link += own.link;
      parent.punct += own.punct;
      parent.linkedHeadings += own.linkedHeadings;
      if (own.hasBlockChild || !INLINE_TAGS.has(tag)) parent.hasBlockChild = true;
      else parent.inline += own.text;
      if (own.holdsMarker || isArticleMarker(el)) parent.holdsMarker = true;
    },
  });
  return stats;
}

export function statsOf(stats: Map<Element, ElementStats>, el: Element): ElementStats {
  return stats.get(el) ?? emptyStats();
}
