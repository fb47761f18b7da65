import type { PageState } from '../../utils/page/page-state';
import { plural } from './labels';
import { displayUrl } from './page-link';

const LISTED_NAMES = 5;

/** What Newsmark found on the page: claims, syndication and who or what the claims rest on. */
export function PageSummary({ state }: { state: PageState }) {
  const { counts, sourcing } = state;
  return (
    <section class="nm-summary" aria-labelledby="nm-summary-heading">
      <h2 id="nm-summary-heading" class="nm-summary__title">
        {state.title || displayUrl(state.url)}
      </h2>
      {state.siteName && <p class="nm-muted">{state.siteName}</p>}
      {!state.isArticle ? (
        <p class="nm-notice">
          This page does not look like a news article, so Newsmark marked nothing on it. You can still select text
          and add a note.
        </p>
      ) : (
        <>
          <ul class="nm-stats">
            <li>
              <strong>{counts.quotes}</strong> {counts.quotes === 1 ? 'quote' : 'quotes'} from{' '}
              {plural(counts.speakers, 'speaker')}
            </li>
            <li>
              <strong>{counts.statistics}</strong> {counts.statistics === 1 ? 'statistic' : 'statistics'},{' '}
              <span class={counts.unsourcedStatistics > 0 ? 'nm-unsourced' : undefined}>
                {counts.unsourcedStatistics} without a source
              </span>
            </li>
            <li>
              <strong>{counts.notices}</strong> syndication {counts.notices === 1 ? 'notice' : 'notices'}
            </li>
          </ul>
          {state.origin && (
            <p class="nm-origin">
              Syndicated: first published by <strong>{state.origin}</strong>
            </p>
          )}
          <NameList
            title="Who is quoted"
            names={sourcing.speakers.map((speaker) => ({ name: speaker.name, count: speaker.quotes, unit: 'quote' }))}
          />
          <NameList
            title="Sources of statistics"
            names={sourcing.sources.map((source) => ({ name: source.name, count: source.statistics, unit: 'statistic' }))}
          />
        </>
      )}
    </section>
  );
}

interface NamedCount {
  name: string;
  count: number;
  unit: string;
}

function NameList({ title, names }: { title: string; names: NamedCount[] }) {
  if (names.length === 0) return null;
  const listed = names.slice(0, LISTED_NAMES);
  const rest = names.length - listed.length;
  return (
    <div class="nm-names">
      <h3>{title}</h3>
      <ul>
        {listed.map((entry) => (
          <li key={entry.name}>
            {entry.name} <span class="nm-muted">({plural(entry.count, entry.unit)})</span>
          </li>
        ))}
        {rest > 0 && <li class="nm-muted">and {rest} more</li>}
      </ul>
    </div>
  );
}
