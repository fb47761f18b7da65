const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface WalkVisitor {
  /** Return true to walk into the element's children; `exit` is then called after them. */
  enter(el: Element): boolean;
  exit?(el: Element): void;
  text?(node: Text): void;
}

/**
 * Thrown on resuming a stepped walk whose place the page moved or removed in the meantime: the walk cannot go on
 * without visiting elements twice or leaving ones it entered, so its caller starts over.
 */
export class WalkInterrupted extends Error {
  constructor() {
    super('The tree changed under a stepped walk');
  }
}

/**
 * Depth-first walk in document order by sibling and parent pointers: no recursion and no stack, because real and
 * hostile pages nest elements ten thousand deep. Never mutates the tree.
 */
export function walkElements(root: Element, visitor: WalkVisitor): void {
  const steps = walkElementsInSteps(root, visitor, Infinity);
  while (!steps.next().done);
}

/**
 * The same walk, pausing (yielding) before every `stepSize`-th element so a browser can run it across several
 * tasks. On resuming, the path from the next element up to `root` must be the one it left, else WalkInterrupted.
 */
export function* walkElementsInSteps(root: Element, visitor: WalkVisitor, stepSize: number): Generator<void, void, void> {
  if (!visitor.enter(root)) return;
  let node: Node | null = root.firstChild;
  if (node === null) {
    visitor.exit?.(root);
    return;
  }
  let untilPause = stepSize;
  while (node !== null) {
    if (node.nodeType === ELEMENT_NODE) {
      if (--untilPause <= 0) {
        untilPause = stepSize;
        const path = pathToRoot(node, root);
        yield;
        if (!pathHolds(node, path)) throw new WalkInterrupted();
      }
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

function pathToRoot(node: Node, root: Element): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node.parentNode; at !== null && at !== root; at = at.parentNode) path.push(at);
  path.push(root);
  return path;
}

function pathHolds(node: Node, path: readonly Node[]): boolean {
  let at: Node | null = node.parentNode;
  for (const expected of path) {
    if (at !== expected) return false;
    at = at.parentNode;
  }
  return true;
}
