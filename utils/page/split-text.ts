import type { TextMap, TextRun } from '../dom/text-map';

/**
 * Splits a Text node in the live page and keeps a TextMap true to the DOM.
 *
 * The map's runs point at (node, offset); after `node.splitText(k)` every run at or after `k` belongs to the new
 * node. Updating the runs in place lets marking, selection notes and note anchoring keep using one map.
 */
export class LiveTextMap {
  private byNode = new Map<Text, TextRun[]>();

  constructor(readonly map: TextMap) {
    for (const run of map.runs) {
      const list = this.byNode.get(run.node);
      if (list) list.push(run);
      else this.byNode.set(run.node, [run]);
    }
  }

  /** Splits `node` at `offset` and returns the new node holding the text from `offset` on. */
  split(node: Text, offset: number): Text {
    const tail = node.splitText(offset);
    const runs = this.byNode.get(node);
    if (!runs) return tail;
    const keep: TextRun[] = [];
    const moved: TextRun[] = [];
    for (const run of runs) {
      const runEnd = run.nodeOffset + run.length;
      if (runEnd <= offset) {
        keep.push(run);
      } else if (run.nodeOffset >= offset) {
        run.node = tail;
        run.nodeOffset -= offset;
        moved.push(run);
      } else {
        // The run straddles the split: cut it in two, the second half goes to the tail.
        const headLength = offset - run.nodeOffset;
        const second: TextRun = { node: tail, nodeOffset: 0, textStart: run.textStart + headLength, length: run.length - headLength };
        run.length = headLength;
        this.insertAfter(run, second);
        keep.push(run);
        moved.push(second);
      }
    }
    this.byNode.set(node, keep);
    if (moved.length > 0) this.byNode.set(tail, moved);
    return tail;
  }

  private insertAfter(run: TextRun, next: TextRun): void {
    const { runs } = this.map;
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]!.textStart < run.textStart) lo = mid + 1;
      else hi = mid;
    }
    while (lo < runs.length && runs[lo] !== run) lo++;
    runs.splice(lo + 1, 0, next);
  }
}
