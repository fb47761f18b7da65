import { domPieces, type DomPiece } from '../dom/text-map';
import type { MarkSpec } from './mark-specs';
import type { LiveTextMap } from './split-text';

export const MARK_TAG = 'newsmark-mark';

/** One marked claim: the elements that together make its mark (a claim across an <em> has several). */
export interface MarkRecord {
  id: string;
  spec: MarkSpec;
  elements: HTMLElement[];
  noteId: string | null;
}

/** Places marks may never go: code, form fields, editable regions, scripts, SVG text, our own UI. */
const UNMARKABLE =
  'script, style, noscript, template, textarea, input, select, option, code, pre, kbd, samp, svg, math, ' +
  '[contenteditable]:not([contenteditable="false"]), newsmark-ui';

function isMarkable(piece: DomPiece): boolean {
  const parent = piece.node.parentElement;
  return parent !== null && parent.closest(UNMARKABLE) === null;
}

/**
 * The marks on the live page. Wrapping splits Text nodes; every split is remembered so that `removeAll` can
 * merge them back and leave the DOM exactly as it was.
 */
export class MarkLayer {
  private readonly records = new Map<string, MarkRecord>();
  private readonly byElement = new WeakMap<Element, MarkRecord>();
  private readonly splitOffs: Text[] = [];
  private nextId = 1;

  constructor(private readonly doc: Document) {}

  all(): MarkRecord[] {
    return [...this.records.values()];
  }

  get(id: string): MarkRecord | undefined {
    return this.records.get(id);
  }

  /** The record of the innermost mark holding `node`, if any. */
  recordAt(node: Node | null): MarkRecord | undefined {
    const el = node instanceof Element ? node : node?.parentElement;
    const mark = el?.closest(MARK_TAG);
    return mark ? this.byElement.get(mark) : undefined;
  }

  byNote(noteId: string): MarkRecord | undefined {
    for (const r of this.records.values()) if (r.noteId === noteId) return r;
    return undefined;
  }

  /** The existing mark of the same kind and text at the start of `spec`, so re-analysis never duplicates one. */
  existing(spec: MarkSpec, live: LiveTextMap): MarkRecord | undefined {
    const first = domPieces(live.map, spec.start, spec.end)[0];
    for (let el = first?.node.parentElement?.closest(MARK_TAG); el; el = el.parentElement?.closest(MARK_TAG)) {
      const record = this.byElement.get(el);
      if (record && record.spec.details.kind === spec.details.kind && record.spec.details.text === spec.details.text) return record;
    }
    return undefined;
  }

  /** Marks `spec` over the live page; null when no part of it may be marked. */
  add(spec: MarkSpec, live: LiveTextMap): MarkRecord | null {
    const pieces = domPieces(live.map, spec.start, spec.end).filter(isMarkable);
    if (pieces.length === 0 || pieces.every((p) => p.node.data.slice(p.start, p.end).trim() === '')) return null;
    const record: MarkRecord = { id: `m${this.nextId++}`, spec, elements: [], noteId: null };
    // Last piece first: two pieces can share a Text node (white space the text skips lies between them), and
    // splitting the later one leaves the earlier one's offsets valid.
    for (let i = pieces.length - 1; i >= 0; i--) record.elements.unshift(this.wrap(pieces[i]!, live, record));
    this.decorate(record);
    this.records.set(record.id, record);
    return record;
  }

  setNote(record: MarkRecord, noteId: string | null): void {
    record.noteId = noteId;
    for (const el of record.elements) el.toggleAttribute('data-newsmark-noted', noteId !== null);
  }

  setActive(record: MarkRecord, active: boolean): void {
    for (const el of record.elements) el.toggleAttribute('data-newsmark-active', active);
  }

  /** Keeps hidden kinds out of the tab order; their marks stay in the DOM so that showing them again is cheap. */
  setFocusable(record: MarkRecord, focusable: boolean): void {
    record.elements[0]?.setAttribute('tabindex', focusable ? '0' : '-1');
  }

  /** Takes one mark away (a deleted selection note); split text stays split until `removeAll`. */
  remove(record: MarkRecord): void {
    for (const el of record.elements) {
      this.byElement.delete(el);
      el.replaceWith(...Array.from(el.childNodes));
    }
    this.records.delete(record.id);
  }

  /** Removes every mark and merges the split text back, leaving the DOM as it was before marking. */
  removeAll(): void {
    for (const record of [...this.records.values()]) this.remove(record);
    for (let i = this.splitOffs.length - 1; i >= 0; i--) {
      const tail = this.splitOffs[i]!;
      const before = tail.previousSibling;
      if (before && before.nodeType === 3 && tail.parentNode) {
        (before as Text).appendData(tail.data);
        tail.remove();
      }
    }
    this.splitOffs.length = 0;
  }

  private wrap(piece: DomPiece, live: LiveTextMap, record: MarkRecord): HTMLElement {
    let node = piece.node;
    if (piece.end < node.length) this.splitOffs.push(live.split(node, piece.end));
    if (piece.start > 0) {
      node = live.split(node, piece.start);
      this.splitOffs.push(node);
    }
    const el = this.doc.createElement(MARK_TAG);
    el.setAttribute('data-newsmark-kind', record.spec.details.kind);
    el.setAttribute('data-newsmark-id', record.id);
    node.parentNode!.insertBefore(el, node);
    el.appendChild(node);
    this.byElement.set(el, record);
    return el;
  }

  /** Only the first piece is a button in the tab order; the rest are its continuation. */
  private decorate(record: MarkRecord): void {
    const [first] = record.elements;
    const last = record.elements[record.elements.length - 1]!;
    first!.setAttribute('tabindex', '0');
    first!.setAttribute('role', 'button');
    first!.setAttribute('aria-haspopup', 'dialog');
    first!.setAttribute('aria-label', record.spec.label);
    last.setAttribute('data-newsmark-last', '');
  }
}
