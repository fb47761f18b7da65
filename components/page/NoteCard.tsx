import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { kindStyle } from '../kinds';
import { VERDICTS, type Note, type NoteDraft, type Verdict } from '../../utils/notes/note-types';
import type { CardSubject } from '../../utils/page/card-protocol';
import { qualifierWords } from '../../utils/page/mark-specs';
import { NoteSaver, type SaveStatus } from '../../utils/page/note-saver';

/** How the card reaches the notes store; the entrypoint passes the background messenger, tests a fake. */
export interface NoteCardStore {
  load(): Promise<Note | null>;
  save(draft: NoteDraft): Promise<Note>;
  remove(id: string): Promise<Note | null>;
  /** Puts a deleted note back exactly as it was (undo). */
  restore(note: Note): Promise<Note>;
}

export interface NoteCardProps {
  subject: CardSubject;
  store: NoteCardStore;
  onSaved(noteId: string): void;
  onDeleted(noteId: string): void;
  /** Called after every pending save was sent. */
  onClose(): void;
  /** Lets the host ask the card to close (it flushes first). */
  registerClose?(close: () => Promise<void>): void;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Editing\u2026',
  saving: 'Saving\u2026',
  saved: 'Saved',
  retrying: 'Not saved, retrying',
  quota: 'Not saved: browser storage is full. Export and delete old notes to make room.',
};

export function NoteCard({ subject, store, onSaved, onDeleted, onClose, registerClose }: NoteCardProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [tagInput, setTagInput] = useState('');
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [loaded, setLoaded] = useState(false);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [deletedAny, setDeletedAny] = useState(false);
  const exists = useRef(false);
  const [hasNote, setHasNote] = useState(false);
  const markExists = (yes: boolean) => {
    exists.current = yes;
    setHasNote(yes);
  };
  const field = useRef<HTMLTextAreaElement>(null);
  const style = kindStyle(subject.kind);

  const saver = useMemo(
    () =>
      new NoteSaver({
        send: (draft) => store.save(draft),
        onStatus: (s) => setStatus(s),
        onSaved: (note) => {
          markExists(true);
          onSaved(note.id);
        },
      }),
    [],
  );

  const draftOf = (next: { text?: string; tags?: string[]; verdict?: Verdict | null }): NoteDraft => ({
    id: subject.noteId,
    page: subject.page,
    kind: subject.kind,
    selectors: subject.selectors,
    text: next.text ?? text,
    tags: next.tags ?? tags,
    verdict: next.verdict === undefined ? verdict : next.verdict,
  });

  const change = (next: { text?: string; tags?: string[]; verdict?: Verdict | null }) => {
    const draft = draftOf(next);
    // An untouched card on a claim makes no note; one keystroke or tag does.
    if (!exists.current && draft.text.trim() === '' && draft.tags.length === 0 && draft.verdict === null) return;
    saver.update(draft);
  };

  const close = async () => {
    await saver.flush();
    onClose();
  };

  useEffect(() => {
    let live = true;
    store.load().then(
      (note) => {
        if (!live) return;
        if (note) {
          markExists(true);
          setText(note.text);
          setTags(note.tags);
          setVerdict(note.verdict);
          setStatus('saved');
        }
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    registerClose?.(close);
    // The tab going away must not lose a keystroke: send what is pending at once.
    const flushNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      saver.stop();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // A layout effect: the field has focus as soon as the loaded card is drawn.
  useLayoutEffect(() => {
    if (loaded) field.current?.focus();
  }, [loaded]);

  const addTag = () => {
    const tag = tagInput.trim().replace(/\s+/g, ' ');
    setTagInput('');
    if (!tag || tags.includes(tag)) return;
    const next = [...tags, tag];
    setTags(next);
    change({ tags: next });
  };

  const removeTag = (tag: string) => {
    const next = tags.filter((t) => t !== tag);
    setTags(next);
    change({ tags: next });
  };

  const toggleVerdict = (v: Verdict) => {
    const next = verdict === v ? null : v;
    setVerdict(next);
    change({ verdict: next });
  };

  const remove = async () => {
    await saver.flush();
    saver.stop();
    const gone = await store.remove(subject.noteId);
    markExists(false);
    setDeleted(gone);
    setDeletedAny(true);
    onDeleted(subject.noteId);
  };

  const undo = async () => {
    const note = deleted ? await store.restore(deleted) : await store.save(draftOf({}));
    markExists(true);
    setDeleted(null);
    setDeletedAny(false);
    setStatus('saved');
    onSaved(note.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void close();
    }
  };

  const details = subject.details;
  const qualifier = qualifierWords(details.qualifier);
  return (
    <section class="card" role="dialog" aria-label={`Note on this ${style.label.toLowerCase()}`} onKeyDown={onKeyDown}>
      <header>
        <span class="kind" style={{ '--kind': style.colour }}>
          <span aria-hidden="true">{style.glyph}</span> {style.label}
        </span>
        <button type="button" class="close" aria-label="Close note" onClick={() => void close()}>
          {'\u00d7'}
        </button>
      </header>
      <blockquote class="claim">{details.text}</blockquote>
      {subject.approximate && (
        <p class="approximate" role="note">
          The page has changed: this note was placed approximately. It was written on:{' '}
          <q>{subject.approximate.originalQuote}</q>
        </p>
      )}
      <dl class="facts">
        {details.kind === 'quote' && (
          <>
            <dt>Speaker</dt>
            <dd>{details.speaker ? `${details.speaker}${details.role ? `, ${details.role}` : ''}` : 'not named'}</dd>
          </>
        )}
        {details.kind === 'statistic' && (
          <>
            <dt>Source</dt>
            <dd class={details.source ? '' : 'warn'}>{details.source ?? 'none given'}</dd>
            {qualifier && (
              <>
                <dt>Qualifier</dt>
                <dd>{qualifier}</dd>
              </>
            )}
          </>
        )}
        {details.origin && (
          <>
            <dt>Created by</dt>
            <dd>{details.origin}</dd>
          </>
        )}
      </dl>
      {deletedAny ? (
        <p class="deleted" role="status">
          Note deleted.{' '}
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      ) : (
        <>
          <label class="field">
            <span>Your note</span>
            <textarea
              ref={field}
              rows={4}
              value={text}
              disabled={!loaded}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLTextAreaElement).value;
                setText(value);
                change({ text: value });
              }}
            />
          </label>
          <div class="verdicts" role="group" aria-label="Verdict">
            {VERDICTS.map((v) => (
              <button type="button" key={v} aria-pressed={verdict === v} onClick={() => toggleVerdict(v)}>
                {v}
              </button>
            ))}
          </div>
          <div class="tags">
            {tags.map((tag) => (
              <span class="tag" key={tag}>
                {tag}
                <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => removeTag(tag)}>
                  {'\u00d7'}
                </button>
              </span>
            ))}
            <input
              type="text"
              aria-label="Add a tag"
              placeholder="Add a tag"
              value={tagInput}
              onInput={(e) => setTagInput((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ',') {
                  e.preventDefault();
                  addTag();
                }
              }}
            />
          </div>
          <footer>
            <span class={`status status-${status}`} role="status" aria-live="polite">
              {STATUS_TEXT[status]}
            </span>
            {hasNote && (
              <button type="button" class="delete" onClick={() => void remove()}>
                Delete note
              </button>
            )}
          </footer>
        </>
      )}
    </section>
  );
}
