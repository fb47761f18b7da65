import { useState } from 'preact/hooks';
import { KIND_STYLES } from '../kinds';
import type { ClaimKind } from '../../utils/notes/note-types';

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
export function SummaryPanel(props: SummaryPanelProps) {
  const [expanded, setExpanded] = useState(false);
  const [position, setPosition] = useState(-1);
  const visible = props.claims.filter((c) => !props.hidden.has(c.kind));

  const step = (delta: number) => {
    if (visible.length === 0) return;
    const next = (position + delta + visible.length) % visible.length;
    setPosition(next);
    props.onReveal(visible[next]!.id);
  };

  return (
    <aside class="panel" aria-label="Newsmark page summary">
      <div class="bar">
        <span class="brand" aria-hidden="true">N</span>
        <p class="summary">{props.summary}</p>
        <button type="button" class="icon" aria-expanded={expanded} aria-label={expanded ? 'Hide details' : 'Show details'} onClick={() => setExpanded(!expanded)}>
          {expanded ? '\u25BE' : '\u25B4'}
        </button>
      </div>
      <div class="steps" role="group" aria-label="Step through the claims">
        <button type="button" onClick={() => step(-1)} disabled={visible.length === 0}>
          Previous
        </button>
        <span aria-live="polite">{visible.length === 0 ? 'No claims shown' : position < 0 ? `${visible.length} claims` : `${position + 1} of ${visible.length}`}</span>
        <button type="button" onClick={() => step(1)} disabled={visible.length === 0}>
          Next
        </button>
      </div>
      {expanded && (
        <div class="details">
          <fieldset>
            <legend>Show marks</legend>
            {(Object.keys(props.kindCounts) as ClaimKind[]).map((kind) => (
              <label key={kind} style={{ '--kind': KIND_STYLES[kind].colour }}>
                <input type="checkbox" checked={!props.hidden.has(kind)} onChange={() => props.onToggleKind(kind)} />
                <span class="glyph" aria-hidden="true">{KIND_STYLES[kind].glyph}</span> {KIND_STYLES[kind].label} ({props.kindCounts[kind]})
              </label>
            ))}
          </fieldset>
          {props.orphans > 0 && <p class="orphans">{props.orphans === 1 ? '1 note' : `${props.orphans} notes`} could not be placed on this page (see the Newsmark popup).</p>}
          <ol class="claims">
            {visible.map((c, i) => (
              <li key={c.id}>
                <button type="button" class="claim" style={{ '--kind': KIND_STYLES[c.kind].colour }} onClick={() => { setPosition(i); props.onReveal(c.id); }}>
                  <span class="glyph" aria-hidden="true">{KIND_STYLES[c.kind].glyph}</span> {shorten(c.text)}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" class="off" onClick={props.onDisableSite}>
            Not on this site
          </button>
        </div>
      )}
    </aside>
  );
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
