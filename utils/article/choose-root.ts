import { blockShapeOf, isFurniture } from './block-rules';
import { blockQuality } from './block-quality';
import type { ElementStats } from './element-stats';
import { walkElementsInSteps } from './dom-walk';
import { runToEnd, type Steps } from './steps';

const SINGLE_BLOCK_WEIGHT = 0.5;

export interface RootChoice {
  root: Element;
  /** The summed block quality of the chosen root. */
  score: number;
}

/**
 * The article's root: the element whose blocks add up to the most prose net of boilerplate (a maximum-weight
 * subtree). Prose pulls the root up to take in every part of the body; link lists, labels and furniture beside the
 * body push it back down. One walk, linear in the page.
 */
export function chooseRoot(body: Element, stats: Map<Element, ElementStats>): RootChoice {
  return runToEnd(chooseRootInSteps(body, stats, Infinity));
}

/** The same choice, pausing before every `stepSize`-th element. */
export function* chooseRootInSteps(body: Element, stats: Map<Element, ElementStats>, stepSize: number): Steps<RootChoice, void> {
  const sums: number[] = [];
  const furniture: boolean[] = [];
  let best: RootChoice = { root: body, score: -Infinity };

  yield* walkElementsInSteps(body, {
    enter(el) {
      const own = stats.get(el);
      if (!own) return false;
      const inFurniture = (furniture[furniture.length - 1] ?? false) || (el !== body && isFurniture(own));
      const shape = el === body ? null : blockShapeOf(own);
      if (shape) {
        const quality = blockQuality(shape, own, inFurniture);
        if (sums.length > 0) sums[sums.length - 1]! += quality;
        // A page whose whole story is one block ("text<br><br>text" in a div among menus) has that block as root;
        // it must clearly beat every container, which hold several paragraphs where a story has them.
        if (!inFurniture && shape.kind === 'paragraph' && own.tag !== 'P' && quality * SINGLE_BLOCK_WEIGHT > best.score) {
          best = { root: el, score: quality * SINGLE_BLOCK_WEIGHT };
        }
        return false;
      }
      sums.push(0);
      furniture.push(inFurniture);
      return true;
    },
    exit(el) {
      const sum = sums.pop()!;
      const inFurniture = furniture.pop()!;
      if (!inFurniture) {
        const score = sum * affinity(stats.get(el)!);
        if (score > best.score) best = { root: el, score };
      }
      if (sums.length > 0) sums[sums.length - 1]! += sum;
    },
  }, stepSize);
  return best;
}

// Markup that names the body wins ties against a wrapper that adds a few stray lines.
function affinity(s: ElementStats): number {
  if (s.articleBody) return 1.25;
  if (s.tag === 'ARTICLE') return 1.1;
  return s.hint > 0 ? 1.05 : 1;
}
