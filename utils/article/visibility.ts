import { readHintAttributes, type HintAttributes } from './element-hints';

/**
 * Hidden elements, judged from markup alone so the check costs nothing in Node.
 * A page may also hide things through style sheets; the browser can ask for computed style through
 * `FindArticleOptions.isRendered`, called only for the few candidate blocks.
 */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isHiddenByAttributes(a: HintAttributes): boolean {
  return a.hidden || a.ariaHidden || (a.style.length > 8 && HIDING_STYLE.test(a.style));
}

export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttributes() && isHiddenByAttributes(readHintAttributes(el));
}
