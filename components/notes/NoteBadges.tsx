import type { ClaimKind, Verdict } from '../../utils/notes/note-types';
import type { AnchorStatus } from '../../utils/page/page-state';
import { kindStyle } from '../kinds';
import { ANCHOR_LABELS, VERDICT_LABELS, VERDICT_TONES } from './labels';

export function KindBadge({ kind }: { kind: ClaimKind }) {
  const style = kindStyle(kind);
  return (
    <span class="nm-badge nm-badge--kind" style={{ '--nm-kind-colour': style.colour }}>
      <span class="nm-badge__glyph" aria-hidden="true">
        {style.glyph}
      </span>
      {style.label}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return null;
  return <span class={`nm-badge nm-badge--${VERDICT_TONES[verdict]}`}>{VERDICT_LABELS[verdict]}</span>;
}

export function AnchorBadge({ status }: { status: AnchorStatus | undefined }) {
  if (!status || status === 'exact') return null;
  const tone = status === 'orphan' ? 'bad' : 'warn';
  return <span class={`nm-badge nm-badge--${tone}`}>{ANCHOR_LABELS[status]}</span>;
}

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="nm-tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} class="nm-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
