/**
 * Hidden elements, judged from markup alone so the check costs nothing in Node.
 * A page may also hide things through style sheets; the browser can ask for computed style through
 * `FindArticleOptions.isRendered`, called only for the few candidate blocks.
 */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length > 8 && HIDING_STYLE.test(style);
}
