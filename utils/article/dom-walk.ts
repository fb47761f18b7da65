const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface WalkVisitor {
  /** Return true to walk into the element's children; `exit` is then called after them. */
  enter(el: Element): boolean;
  exit?(el: Element): void;
  text?(node: Text): void;
}

/**
 * Depth-first walk in document order by sibling and parent pointers: no recursion and no stack, because real and
 * hostile pages nest elements ten thousand deep. Never mutates the tree.
 */
export function walkElements(root: Element, visitor: WalkVisitor): void {
  if (!visitor.enter(root)) return;
  let node: Node | null = root.firstChild;
  if (node === null) {
    visitor.exit?.(root);
    return;
  }
  while (node !== null) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (visitor.enter(el)) {
        if (el.firstChild !== null) {
          node = el.firstChild;
          continue;
        }
        visitor.exit?.(el);
      }
    } else if (node.nodeType === TEXT_NODE) {
      visitor.text?.(node as Text);
    }
    for (;;) {
      if (node === root) return;
      const next: Node | null = node!.nextSibling;
      if (next !== null) {
        node = next;
        break;
      }
      node = node!.parentNode;
      if (node === null) return;
      visitor.exit?.(node as Element);
    }
  }
}
