/**
 * Text of a DOM subtree with a line break at every block boundary. Raw `textContent` glues "</p><p>" into one word,
 * which a token metric would count against an extractor for no fault of its own.
 */
const BLOCK = /^(?:P|DIV|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|H[1-6]|PRE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|BR|HR|MAIN|FORM)$/;

export function blockText(root: Node): string {
  const parts: string[] = [];
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    if (BLOCK.test(tag)) {
      parts.push('\n');
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('').replace(/[ \t\r\f\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}
