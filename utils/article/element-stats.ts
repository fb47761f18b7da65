import {
  classHint, isArticleBodyItemprop, isArticleMarker, isBoilerplateContainer, NON_PROSE_TAGS, readHintAttributes,
  socialEmbedOf, type HintAttributes,
} from './element-hints';
import { walkElementsInSteps } from './dom-walk';
import { runToEnd, type Steps } from './steps';
import { isHiddenByAttributes } from './visibility';

/**
 * What one bottom-up walk learns of every visible element, so later walks read no attribute twice.
 * Sizes are counts of non-space characters.
 */
export interface ElementStats {
  tag: string;
  text: number;
  link: number;
  /** Sentence punctuation (. , ; : ! ?): prose has it, menus and button rows do not. */
  punct: number;
  /** Text in direct text children and inline children: loose prose of a container. */
  inline: number;
  hasBlockChild: boolean;
  /** Holds an <h1>, <main> or itemprop=articleBody: a container of the article, never boilerplate. */
  holdsMarker: boolean;
  /** Holds an embedded social post: its wrapper ("embed social-embed") is part of the body. */
  holdsSocial: boolean;
  /** <h2>…<h6> (or <a> wrapping a heading) whose text is mostly a link: teasers on listing pages. */
  linkedHeadings: number;
  /** What the element's own tag, role, class and id say: -1 furniture, +1 content, 0 nothing. */
  hint: -1 | 0 | 1;
  /** Tag or role of page furniture (nav, aside, footer, form, dialog...). */
  furnitureTag: boolean;
  marker: boolean;
  articleBody: boolean;
  social: string | null;
}

export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

const HEADING = /^H[1-6]$/;

// 。、，．！？：； (CJK, full width), ، ؛ ؟ (Arabic), । (Devanagari): prose in other scripts punctuates too.
function isWideSentencePunctuation(c: number): boolean {
  return (
    c === 0x3002 || c === 0x3001 || c === 0xff0c || c === 0xff0e || c === 0xff01 || c === 0xff1f || c === 0xff1a ||
    c === 0xff1b || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x0964
  );
}

function statsFor(tag: string, a: HintAttributes): ElementStats {
  return {
    tag,
    text: 0,
    link: 0,
    punct: 0,
    inline: 0,
    hasBlockChild: false,
    holdsMarker: false,
    holdsSocial: false,
    linkedHeadings: 0,
    hint: classHint(a.cls, a.id),
    furnitureTag: isBoilerplateContainer(tag, a.role),
    marker: isArticleMarker(tag, a),
    articleBody: isArticleBodyItemprop(a.itemprop),
    social: socialEmbedOf(a.cls),
  };
}

/** Elements metadata reads, noted on the way so nothing walks the page again (selector engines are slow in Node). */
export interface Landmarks {
  /** Elements with an itemprop (microdata): author, datePublished, publisher... */
  itemprops: Element[];
  /** rel=author links and elements whose class names a byline or author. */
  bylines: Element[];
  times: Element[];
  h1s: Element[];
}

export interface PageSurvey {
  stats: Map<Element, ElementStats>;
  landmarks: Landmarks;
}

const BYLINE_CLASS = /byline|author/i;

/** Measures every rendered element under `root` (inclusive); hidden and non-prose elements get no entry. */
export function measureElements(root: Element): PageSurvey {
  return runToEnd(measureElementsInSteps(root, Infinity));
}

/** The same survey, pausing before every `stepSize`-th element. */
export function* measureElementsInSteps(root: Element, stepSize: number): Steps<PageSurvey, void> {
  const stats = new Map<Element, ElementStats>();
  const landmarks: Landmarks = { itemprops: [], bylines: [], times: [], h1s: [] };
  const open: ElementStats[] = [];
  let linkDepth = 0;

  yield* walkElementsInSteps(root, {
    enter(el) {
      const tag = el.tagName;
      if (NON_PROSE_TAGS.has(tag)) return false;
      const attributes = readHintAttributes(el);
      if (isHiddenByAttributes(attributes)) return false;
      open.push(statsFor(tag, attributes));
      if (attributes.itemprop) landmarks.itemprops.push(el);
      if (/\bauthor\b/i.test(attributes.rel) || (attributes.cls && BYLINE_CLASS.test(attributes.cls))) landmarks.bylines.push(el);
      if (tag === 'TIME') landmarks.times.push(el);
      else if (tag === 'H1') landmarks.h1s.push(el);
      if (tag === 'A') linkDepth++;
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
        else if (c > 0x5ff && isWideSentencePunctuation(c)) punct++;
      }
      top.text += chars;
      top.inline += chars;
      top.punct += punct;
      if (linkDepth > 0) top.link += chars;
    },
    exit(el) {
      const own = open.pop()!;
      stats.set(el, own);
      const tag = own.tag;
      if (tag === 'A') linkDepth--;
      const parent = open[open.length - 1];
      if (!parent) return;
      if (HEADING.test(tag) && tag !== 'H1' && own.text > 0 && own.link >= own.text * 0.8) own.linkedHeadings++;
      else if (tag === 'A' && own.hasBlockChild && own.linkedHeadings === 0 && own.text > 15) own.linkedHeadings++;
      parent.text += own.text;
      parent.link += own.link;
      parent.punct += own.punct;
      parent.linkedHeadings += own.linkedHeadings;
      if (own.hasBlockChild || !INLINE_TAGS.has(tag)) parent.hasBlockChild = true;
      else parent.inline += own.text;
      if (own.holdsMarker || own.marker) parent.holdsMarker = true;
      if (own.holdsSocial || own.social) parent.holdsSocial = true;
    },
  }, stepSize);
  return { stats, landmarks };
}
