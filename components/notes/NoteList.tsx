import type { VNode } from 'preact';
import type { Note } from '../../utils/notes/note-types';
import type { SiteGroup } from './group-notes';
import { plural } from './labels';
import { displayUrl, safePageUrl } from './page-link';

export interface NoteListProps {
  groups: readonly SiteGroup[];
  renderNote(note: Note): VNode;
  /** Opens a page in a tab; links still carry a real href for middle-click and screen readers. */
  onOpenPage?(url: string): void;
}

/** Notes grouped by site (h2) and page (h3), each page's notes in article order. */
export function NoteList({ groups, renderNote, onOpenPage }: NoteListProps) {
  return (
    <div class="nm-groups">
      {groups.map((group) => (
        <section key={group.site} class="nm-site">
          <h2 class="nm-site__name">
            {group.site}
            <span class="nm-count"> · {plural(group.pages.length, 'page')}</span>
          </h2>
          {group.pages.map((page) => (
            <section key={page.pageKey} class="nm-page">
              <h3 class="nm-page__title">
                <PageLink url={page.url} onOpenPage={onOpenPage}>
                  {page.title || displayUrl(page.url)}
                </PageLink>
              </h3>
              <p class="nm-page__url">
                {page.title ? `${displayUrl(page.url)} · ` : ''}
                {plural(page.notes.length, 'note')}
              </p>
              <ul class="nm-notes">
                {page.notes.map((note) => (
                  <li key={note.id}>{renderNote(note)}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

interface PageLinkProps {
  url: string;
  onOpenPage?(url: string): void;
  children: string;
}

/** A link to the page, or plain text when the stored URL is no web page (an imported `javascript:` URL). */
export function PageLink({ url, onOpenPage, children }: PageLinkProps) {
  const safe = safePageUrl(url);
  if (!safe) return <span>{children}</span>;
  return (
    <a
      href={safe.href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!onOpenPage || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpenPage(safe.href);
      }}
    >
      {children}
    </a>
  );
}
