import { KIND_STYLES } from '../../components/kinds';
import type { ClaimKind } from '../notes/note-types';

/** Underline style per kind: kinds differ by more than colour. */
const UNDERLINE: Record<ClaimKind, string> = {
  quote: 'solid',
  statistic: 'double',
  syndication: 'dotted',
  promo: 'dashed',
  social: 'wavy',
  selection: 'solid',
};

function cssEscapeGlyph(glyph: string): string {
  return Array.from(glyph, (c) => `\\${c.codePointAt(0)!.toString(16)} `).join('');
}

/**
 * The marks' stylesheet. Nothing here changes a box's size: underline, outline and a translucent background only,
 * and the glyph is absolutely positioned at its static place, so it takes no room in the line.
 */
export function markStylesheet(hidden: ReadonlySet<ClaimKind> = new Set()): string {
  const rules: string[] = [
    `newsmark-mark { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.18em;
      text-decoration-skip-ink: none; cursor: pointer; border-radius: 2px; transition: background-color .12s; }`,
    `newsmark-mark newsmark-mark { text-underline-offset: 0.32em; }`,
    `newsmark-mark[data-newsmark-last]::after { position: absolute; transform: translate(0.05em, -0.55em);
      font: 700 0.62em/1 system-ui, sans-serif; pointer-events: none; opacity: .9; }`,
    `newsmark-mark:focus { outline: none; }`,
    `newsmark-mark:focus-visible, newsmark-mark[data-newsmark-active] { outline: 2px solid var(--newsmark-kind); outline-offset: 1px; }`,
    `newsmark-mark[data-newsmark-flash] { animation: newsmark-flash 1.2s ease-out 2; }`,
    `@keyframes newsmark-flash { 0%, 100% { background-color: transparent; } 40% { background-color: rgba(250, 204, 21, .55); } }`,
  ];
  for (const [kind, style] of Object.entries(KIND_STYLES) as [ClaimKind, (typeof KIND_STYLES)[ClaimKind]][]) {
    const sel = `newsmark-mark[data-newsmark-kind="${kind}"]`;
    rules.push(`${sel} { --newsmark-kind: ${style.colour}; text-decoration-color: ${style.colour}; text-decoration-style: ${UNDERLINE[kind]}; }`);
    rules.push(`${sel}[data-newsmark-last]::after { content: "${cssEscapeGlyph(style.glyph)}"; color: ${style.colour}; }`);
    rules.push(`${sel}[data-newsmark-active] { background-color: color-mix(in srgb, ${style.colour} 18%, transparent); }`);
    if (hidden.has(kind)) {
      rules.push(`${sel}:not([data-newsmark-noted]) { text-decoration: none; cursor: inherit; }`);
      rules.push(`${sel}:not([data-newsmark-noted])::after { content: none; }`);
    }
  }
  // A claim with a note: a soft tint the reader can tell apart at a glance, plus a note glyph.
  rules.push(`newsmark-mark[data-newsmark-noted] { background-color: rgba(250, 204, 21, .22); }`);
  rules.push(`newsmark-mark[data-newsmark-noted][data-newsmark-last]::after { content: "${cssEscapeGlyph(KIND_STYLES.selection.glyph)}"; }`);
  rules.push(`newsmark-mark[data-newsmark-kind="selection"] { text-decoration-thickness: 1px; }`);
  return rules.join('\n');
}

/**
 * Installs the stylesheet into the page. A <style> element rather than adoptedStyleSheets: Firefox refuses a sheet
 * constructed in the content script's compartment. It holds no note text and is removed with the marks.
 */
export class MarkStyles {
  private element: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  apply(hidden: ReadonlySet<ClaimKind> = new Set()): void {
    if (!this.element) {
      this.element = this.doc.createElement('style');
      this.element.setAttribute('data-newsmark', '');
      (this.doc.head ?? this.doc.documentElement).appendChild(this.element);
    }
    this.element.textContent = markStylesheet(hidden);
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}
