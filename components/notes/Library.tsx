import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat, Note } from '../../utils/notes/note-types';
import type { ImportProgress } from '../../utils/notes/import/import-in-batches';
import { errorMessage } from './error-message';
import { EXPORT_TYPES, exportFileName } from './export-file';
import { ExportImport } from './ExportImport';
import { Filters } from './Filters';
import { countPages, groupNotes } from './group-notes';
import { hasFilters, mergeFacets, NO_FILTERS, toNoteQuery, type LibraryFilters } from './library-filters';
import { NoteEditor, type NoteChanges } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { NoteList } from './NoteList';
import type { Facets, NotesSource } from './notes-source';
import { noteLink } from './page-link';
import { SearchBox } from './SearchBox';
import { Toast, type ToastMessage } from './Toast';
import { useDebouncedValue } from './use-debounced-value';
import { resultsSummary } from './results-summary';
import { useNoteSearch } from './use-note-search';

export interface LibraryProps {
  source: NotesSource;
  /** Opens a web page in a new tab (the entrypoint uses tabs.create). */
  openPage(url: string): void;
  /** Hands an exported file to the browser's downloads. */
  saveFile(name: string, mime: string, file: Blob): void;
  searchDelayMs?: number;
  /**
   * How many notes one read brings, first and on each "Show more". The store reads about as many notes as it is
   * asked for (note-search.ts), so a small page answers fastest as the reader types.
   */
  pageSize?: number;
}

/** The notes library: every note, grouped by site and page, with search, filters, editing, undo, export and import. */
export function Library({ source, openPage, saveFile, searchDelayMs = 200, pageSize = 50 }: LibraryProps) {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [reloadToken, setReloadToken] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [] });
  /** Notes to move keyboard focus to once rendered: the first of them in the page's order gets it. */
  const focusAfterRender = useRef<string[] | null>(null);
  const listBox = useRef<HTMLDivElement>(null);

  const searchText = useDebouncedValue(text, searchDelayMs);
  const query = useMemo(() => toNoteQuery(searchText, filters), [searchText, filters]);
  const search = useNoteSearch(source, query, pageSize, reloadToken);
  const notes = search.results?.notes ?? null;
  const groups = useMemo(() => groupNotes(notes ?? []), [notes]);
  const filtered = searchText.trim() !== '' || hasFilters(filters);
  const hasMore = search.results?.more ?? false;

  useEffect(() => {
    if (notes) setFacets((known) => mergeFacets(known, notes));
  }, [notes]);

  useEffect(() => {
    let current = true;
    source.facets().then(
      (fromStore) => current && setFacets((known) => mergeFacets(known, [], fromStore)),
      () => undefined, // The menus then offer what the loaded notes hold.
    );
    return () => {
      current = false;
    };
  }, [source, reloadToken]);

  // After an edit, a cancel or an undo, keyboard focus returns to the note's Edit button once it is rendered again;
  // after "Show more", it goes to the first new note in reading order (new notes can join pages already listed).
  // A layout effect, so focus moves in the same task as the DOM change and never rests on <body> for a frame.
  useLayoutEffect(() => {
    const noteIds = focusAfterRender.current;
    if (!noteIds || !listBox.current) return;
    const card = [...listBox.current.querySelectorAll<HTMLElement>('[data-note-id]')].find((element) =>
      noteIds.includes(element.dataset.noteId ?? ''),
    );
    const target = card?.querySelector<HTMLElement>('.nm-edit');
    if (target) {
      target.focus();
      focusAfterRender.current = null;
    }
  });

  const reload = () => setReloadToken((token) => token + 1);
  const dismissToast = useCallback(() => setToast(null), []);
  const showToast = (message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: Date.now() + Math.random() });

  async function saveEdit(note: Note, changes: NoteChanges) {
    const saved = await source.update({ id: note.id, ...changes });
    setEditingId(null);
    focusAfterRender.current = [note.id];
    await search.noteEdited(saved);
  }

  async function remove(note: Note) {
    try {
      const removed = (await source.remove(note.id)) ?? note;
      search.noteRemoved(note.id);
      showToast({ text: 'Note deleted.', action: { label: 'Undo', run: () => void restore(removed) }, focus: true });
    } catch (failure) {
      showToast({ text: `Could not delete the note: ${errorMessage(failure)}`, tone: 'error' });
    }
  }

  async function restore(note: Note) {
    try {
      const restored = await source.restore(note);
      focusAfterRender.current = [note.id];
      await search.noteRestored(restored);
      showToast({ text: 'Note restored.' });
    } catch (failure) {
      showToast({ text: `Could not restore the note: ${errorMessage(failure)}`, tone: 'error' });
    }
  }

  async function exportNotes(format: ExportFormat, onlyShown: boolean, onProgress?: (notes: number) => void) {
    const file = await source.exportNotes(format, onlyShown ? toNoteQuery(searchText, filters) : undefined, onProgress);
    const name = exportFileName(format, onlyShown);
    saveFile(name, EXPORT_TYPES[format].mime, file);
    showToast({ text: `Exported ${onlyShown ? 'the notes shown' : 'all notes'} to ${name}.` });
  }

  async function importNotes(fileText: string, onProgress?: (progress: ImportProgress) => void) {
    const report = await source.importNotes(fileText, onProgress);
    reload();
    return report;
  }

  function renderNote(note: Note) {
    if (note.id === editingId) {
      return (
        <NoteEditor
          note={note}
          onSave={(changes) => saveEdit(note, changes)}
          onCancel={() => {
            setEditingId(null);
            focusAfterRender.current = [note.id];
          }}
        />
      );
    }
    const link = noteLink(note.pageUrl, note.id);
    const about = shortQuote(note);
    return (
      <NoteItem note={note}>
        <button type="button" class="nm-button nm-edit" onClick={() => setEditingId(note.id)}>
          Edit<span class="nm-visually-hidden"> note on {about}</span>
        </button>
        <button type="button" class="nm-button nm-button--danger nm-delete" onClick={() => void remove(note)}>
          Delete<span class="nm-visually-hidden"> note on {about}</span>
        </button>
        {link && (
          <a
            class="nm-button nm-button--link nm-open"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
              event.preventDefault();
              openPage(link);
            }}
          >
            Open at note<span class="nm-visually-hidden"> on {about}</span>
          </a>
        )}
      </NoteItem>
    );
  }

  return (
    <div class="nm-library">
      <header class="nm-library__header">
        <h1>Newsmark notes</h1>
        <p class="nm-muted">Your notes stay in this browser. Nothing is sent anywhere.</p>
      </header>
      <main class="nm-library__main">
        <div class="nm-library__controls">
          <SearchBox value={text} onInput={setText} />
          <Filters value={filters} facets={facets} onChange={setFilters} />
        </div>
        <p class="nm-results-count" role="status" aria-live="polite">
          {resultsSummary({ results: search.results, pages: countPages(groups), loading: search.loading, error: search.error })}
        </p>
        <div ref={listBox} class="nm-library__list">
          {notes && notes.length === 0 && <EmptyState filtered={filtered} />}
          {notes && notes.length > 0 && <NoteList groups={groups} renderNote={renderNote} onOpenPage={openPage} />}
          {search.moreError && <p class="nm-error">Could not load more notes: {search.moreError}</p>}
          {hasMore && (
            <button
              type="button"
              class="nm-button nm-more"
              aria-disabled={search.loadingMore}
              onClick={() => void search.showMore((added) => (focusAfterRender.current = added))}
            >
              {search.loadingMore ? 'Loading more notes…' : 'Show more notes'}
            </button>
          )}
        </div>
        <Toast message={toast} onDismiss={dismissToast} />
      </main>
      <aside class="nm-library__aside" aria-label="Export and import">
        <ExportImport filtered={filtered} onExport={exportNotes} onImport={importNotes} />
      </aside>
    </div>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <div class="nm-empty">
        <h2>No notes match</h2>
        <p>Try other words, or clear the filters.</p>
      </div>
    );
  }
  return (
    <div class="nm-empty">
      <h2>No notes yet</h2>
      <p>
        On a news article, click a marked quote or statistic, or select some text, and add a note. Your notes appear
        here, grouped by site and page. You can also import a Newsmark JSON-LD file.
      </p>
    </div>
  );
}

function shortQuote(note: Note): string {
  const quote = note.selectors.quote.exact || note.text;
  return quote.length > 60 ? `"${quote.slice(0, 57)}…"` : `"${quote}"`;
}
