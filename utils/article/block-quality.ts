import type { BlockShape } from './block-rules';
import type { ElementStats } from './element-stats';

/**
 * How much a block counts for or against the container around it being the article, in characters.
 * Prose (long, punctuated, few links) counts for; link lists, labels and furniture count against.
 */
export function blockQuality(shape: BlockShape, stats: ElementStats, inFurniture: boolean): number {
  const { text, link, punct } = stats;
  if (inFurniture) return -text;
  if (shape.kind === 'heading') return link > text * 0.5 ? -text : 0;
  if (shape.kind === 'embed') return 0;
  // An author's <p> that is mostly links ("Read more: …", a name with a hover card) is a weaker sign against
  // its container than a bare link list is.
  if (link > text * 0.5) return stats.tag === 'P' ? -text * 0.5 : -text;
  if (text < 25) return punct > 0 ? 0 : -text;
  const prose = text - 2 * link;
  return punct > 0 ? prose : prose * 0.3;
}

/** A paragraph that only an article body has: long, punctuated, hardly linked. */
export function isStrongProse(stats: ElementStats): boolean {
  return stats.text >= 80 && stats.punct >= 2 && stats.link < stats.text * 0.3;
}
