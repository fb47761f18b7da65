import { textOffsetOf, type TextMap } from '../dom/text-map';

/** A DOM boundary resolved to a Text node position (selections often end on an element). */
function textBoundary(node: Node, offset: number, atEnd: boolean): { node: Node; offset: number } | null {
  if (node.nodeType === 3) return { node, offset };
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const child = node.childNodes[offset] ?? null;
  if (!atEnd) {
    // The first text at or after the boundary.
    if (child) {
      walker.currentNode = child;
      if (child.nodeType === 3) return { node: child, offset: 0 };
      const next = walker.nextNode();
      return next ? { node: next, offset: 0 } : null;
    }
    return null;
  }
  // The last text before the boundary.
  const before = offset > 0 ? node.childNodes[offset - 1] : null;
  if (!before) return null;
  if (before.nodeType === 3) return { node: before, offset: (before as Text).length };
  let last: Node | null = null;
  const inner = doc.createTreeWalker(before, NodeFilter.SHOW_TEXT);
  for (let n = inner.nextNode(); n; n = inner.nextNode()) last = n;
  return last ? { node: last, offset: (last as Text).length } : null;
}

/** The article-text range a DOM Range covers, or null when it is empty or outside the article. */
export function articleRangeOf(map: TextMap, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const from = textBoundary(range.startContainer, range.startOffset, false);
  const to = textBoundary(range.endContainer, range.endOffset, true);
  if (!from || !to) return null;
  const start = textOffsetOf(map, from.node, from.offset);
  let end = textOffsetOf(map, to.node, to.offset);
  if (start === null || end === null) return null;
  const text = map.article.text;
  // Trim white space the reader swept up at either edge.
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  while (end > s && /\s/.test(text[end - 1]!)) end--;
  return end > s ? { start: s, end } : null;
}
