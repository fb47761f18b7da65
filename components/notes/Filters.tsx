import { useId } from 'preact/hooks';
import { VERDICTS, type ClaimKind, type Verdict } from '../../utils/notes/note-types';
import { CLAIM_KINDS, kindStyle } from '../kinds';
import { VERDICT_LABELS } from './labels';
import { hasFilters, NO_FILTERS, type LibraryFilters } from './library-filters';
import type { Facets } from './notes-source';

export interface FiltersProps {
  value: LibraryFilters;
  facets: Facets;
  onChange(filters: LibraryFilters): void;
}

/** Narrow the library by tag, verdict, kind, site and date. */
export function Filters({ value, facets, onChange }: FiltersProps) {
  const id = useId();
  const set = <K extends keyof LibraryFilters>(key: K, next: LibraryFilters[K]) => onChange({ ...value, [key]: next });
  return (
    <fieldset class="nm-filters">
      <legend>Filters</legend>
      <div class="nm-field">
        <label for={`${id}-tag`}>Tag</label>
        <select id={`${id}-tag`} name="tag" value={value.tag} onChange={(event) => set('tag', event.currentTarget.value)}>
          <option value="">Any tag</option>
          {withCurrent(facets.tags, value.tag).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div class="nm-field">
        <label for={`${id}-verdict`}>Verdict</label>
        <select
          id={`${id}-verdict`} name="verdict"
          value={value.verdict}
          onChange={(event) => set('verdict', event.currentTarget.value as Verdict | '')}
        >
          <option value="">Any verdict</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict]}
            </option>
          ))}
        </select>
      </div>
      <div class="nm-field">
        <label for={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`} name="kind"
          value={value.kind}
          onChange={(event) => set('kind', event.currentTarget.value as ClaimKind | '')}
        >
          <option value="">Any kind</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindStyle(kind).label}
            </option>
          ))}
        </select>
      </div>
      <div class="nm-field">
        <label for={`${id}-site`}>Site</label>
        <select id={`${id}-site`} name="site" value={value.site} onChange={(event) => set('site', event.currentTarget.value)}>
          <option value="">Any site</option>
          {withCurrent(facets.sites, value.site).map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div class="nm-field">
        <label for={`${id}-from`}>From</label>
        <input id={`${id}-from`} name="from" type="date" value={value.from} onChange={(event) => set('from', event.currentTarget.value)} />
      </div>
      <div class="nm-field">
        <label for={`${id}-to`}>To</label>
        <input id={`${id}-to`} name="to" type="date" value={value.to} onChange={(event) => set('to', event.currentTarget.value)} />
      </div>
      <button type="button" class="nm-button" disabled={!hasFilters(value)} onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </fieldset>
  );
}

/** A chosen value stays in its menu even when the facets no longer list it. */
function withCurrent(options: readonly string[], current: string): readonly string[] {
  return current && !options.includes(current) ? [current, ...options] : options;
}
