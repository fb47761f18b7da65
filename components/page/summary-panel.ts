import { KIND_STYLES } from '../kinds';
import type { ClaimKind } from '../../utils/notes/note-types';
import { el } from './dom';

export interface PanelClaim {
  id: string;
  kind: ClaimKind;
  text: string;
}

export interface SummaryPanelProps {
  summary: string;
  /** Kinds present on the page, with how many marks each has. */
  kindCounts: Partial<Record<ClaimKind, number>>;
  hidden: ReadonlySet<ClaimKind>;
  claims: PanelClaim[];
  orphans: number;
  onToggleKind(kind: ClaimKind): void;
  onReveal(id: string): void;
  onDisableSite(): void;
}

function shorten(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

/** The page summary: counts, a toggle per kind, stepping through the claims, and "not on this site". */
export class SummaryPanel {
  readonly element: HTMLElement;
  private props: SummaryPanelProps | null = null;
  private expanded = false;
  private position = -1;

  constructor(private readonly doc: Document) {
    this.element = el(doc, 'aside', { class: 'panel', 'aria-label': 'Newsmark page summary' });
  }

  update(props: SummaryPanelProps): void {
    this.props = props;
    this.draw();
  }

  private visible(): PanelClaim[] {
    const p = this.props!;
    return p.claims.filter((c) => !p.hidden.has(c.kind));
  }

  private step(delta: number): void {
    const visible = this.visible();
    if (visible.length === 0) return;
    this.position = (this.position + delta + visible.length) % visible.length;
    this.draw();
    this.props!.onReveal(visible[this.position]!.id);
  }

  private draw(): void {
    const p = this.props!;
    const d = this.doc;
    const visible = this.visible();
    if (this.position >= visible.length) this.position = -1;
    const where = visible.length === 0 ? 'No claims shown' : this.position < 0 ? `${visible.length} claims` : `${this.position + 1} of ${visible.length}`;
    const focused = this.element.contains(d.activeElement) ? (d.activeElement?.getAttribute('data-focus-key') ?? null) : null;
    const children: Node[] = [
      el(d, 'div', { class: 'bar' },
        el(d, 'span', { class: 'brand', 'aria-hidden': 'true' }, 'N'),
        el(d, 'p', { class: 'summary' }, p.summary),
        el(d, 'button', {
          type: 'button', class: 'icon', 'data-focus-key': 'expand', 'aria-expanded': String(this.expanded),
          'aria-label': this.expanded ? 'Hide details' : 'Show details',
          onclick: () => { this.expanded = !this.expanded; this.draw(); },
        }, this.expanded ? '\u25BE' : '\u25B4')),
      el(d, 'div', { class: 'steps', role: 'group', 'aria-label': 'Step through the claims' },
        el(d, 'button', { type: 'button', 'data-focus-key': 'prev', disabled: visible.length === 0, onclick: () => this.step(-1) }, 'Previous'),
        el(d, 'span', { 'aria-live': 'polite' }, where),
        el(d, 'button', { type: 'button', 'data-focus-key': 'next', disabled: visible.length === 0, onclick: () => this.step(1) }, 'Next')),
    ];
    if (this.expanded) {
      const toggles = (Object.keys(p.kindCounts) as ClaimKind[]).map((kind) =>
        el(d, 'label', { style: `--kind: ${KIND_STYLES[kind].colour}` },
          el(d, 'input', { type: 'checkbox', 'data-focus-key': `kind-${kind}`, checked: !p.hidden.has(kind), onchange: () => p.onToggleKind(kind) }),
          el(d, 'span', { class: 'glyph', 'aria-hidden': 'true' }, KIND_STYLES[kind].glyph),
          ` ${KIND_STYLES[kind].label} (${p.kindCounts[kind]})`));
      const list = visible.map((c, i) =>
        el(d, 'li', {},
          el(d, 'button', {
            type: 'button', class: 'claim', 'data-focus-key': `claim-${c.id}`, style: `--kind: ${KIND_STYLES[c.kind].colour}`,
            onclick: () => { this.position = i; this.draw(); p.onReveal(c.id); },
          }, el(d, 'span', { class: 'glyph', 'aria-hidden': 'true' }, KIND_STYLES[c.kind].glyph), ` ${shorten(c.text)}`)));
      children.push(
        el(d, 'div', { class: 'details' },
          el(d, 'fieldset', {}, el(d, 'legend', {}, 'Show marks'), ...toggles),
          p.orphans > 0 && el(d, 'p', { class: 'orphans' }, `${p.orphans === 1 ? '1 note' : `${p.orphans} notes`} could not be placed on this page (see the Newsmark popup).`),
          el(d, 'ol', { class: 'claims' }, ...list),
          el(d, 'button', { type: 'button', class: 'off', 'data-focus-key': 'off', onclick: () => p.onDisableSite() }, 'Not on this site')));
    }
    this.element.replaceChildren(...children);
    // Redrawing must not lose the reader's place when they work the panel by keyboard.
    if (focused) (this.element.querySelector(`[data-focus-key="${focused}"]`) as HTMLElement | null)?.focus();
  }
}

export const SUMMARY_PANEL_CSS = `
  :host { color-scheme: light dark; }
  .panel { font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; background: #fff;
    border: 1px solid #c9ced6; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px 10px; display: grid; gap: 6px; }
  @media (prefers-color-scheme: dark) { .panel { color: #e7eaee; background: #1e232a; border-color: #4a525d; } }
  .bar { display: flex; align-items: center; gap: 8px; }
  .brand { font: 700 12px/20px Georgia, serif; width: 20px; height: 20px; text-align: center; border-radius: 50%; background: #1d4ed8; color: #fff; flex: none; }
  .summary { margin: 0; flex: 1; }
  button { font: inherit; color: inherit; background: transparent; border: 1px solid #8a929c; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
  button:disabled { opacity: .5; cursor: default; }
  button:focus-visible, input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
  .icon { border: none; padding: 0 4px; }
  .steps { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
  .details { display: grid; gap: 6px; max-height: 50vh; overflow: auto; }
  fieldset { border: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
  legend { font-weight: 600; padding: 0 0 2px; }
  label { display: inline-flex; gap: 4px; align-items: center; }
  .glyph { color: var(--kind); font-weight: 700; }
  .claims { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; }
  .claim { border: none; border-left: 3px solid var(--kind); border-radius: 0; text-align: left; width: 100%; padding: 2px 6px; }
  .orphans { margin: 0; color: #9a3412; }
  @media (prefers-color-scheme: dark) { .orphans { color: #fdba74; } }
  .off { justify-self: start; }
`;
