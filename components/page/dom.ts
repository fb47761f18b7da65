/**
 * A tiny element builder for the in-page UI that lives in the content script. The content script has a size budget
 * (40 KB gzipped, see bench:page), so the few controls it draws itself are plain DOM; the note card, the one rich
 * in-page UI, is a Preact extension page in an iframe.
 */
type Attrs = Record<string, string | boolean | ((event: Event) => void) | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Attrs = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== false) node.append(child);
  return node;
}
