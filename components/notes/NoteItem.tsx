import type { ComponentChildren } from 'preact';
import type { Note } from '../../utils/notes/note-types';
import type { AnchorStatus } from '../../utils/page/page-state';
import { formatDateTime } from './labels';
import { AnchorBadge, KindBadge, TagList, VerdictBadge } from './NoteBadges';

export interface NoteItemProps {
  note: Note;
  /** Where the note was found on the page this visit; the library, which sees no page, leaves it out. */
  anchor?: AnchorStatus;
  /** Buttons for what the reader can do with the note here (edit and delete, or jump). */
  children?: ComponentChildren;
}

/** One note: the quoted text it is about, the reader's note, tags and verdict. Every string is rendered as text. */
export function NoteItem({ note, anchor, children }: NoteItemProps) {
  const quote = note.selectors.quote.exact;
  return (
    <article class={`nm-note nm-note--${note.kind}${anchor ? ` nm-note--${anchor}` : ''}`} data-note-id={note.id}>
      <div class="nm-note__meta">
        <KindBadge kind={note.kind} />
        <VerdictBadge verdict={note.verdict} />
        <AnchorBadge status={anchor} />
        <time class="nm-note__time" dateTime={new Date(note.updated).toISOString()}>
          {formatDateTime(note.updated)}
        </time>
      </div>
      {anchor === 'approximate' && (
        <p class="nm-note__hint">The page text changed; this note was placed on the closest match. The original quote:</p>
      )}
      {anchor === 'orphan' && (
        <p class="nm-note__hint">This text is no longer on the page. The note is kept with its original quote:</p>
      )}
      {quote && <blockquote class="nm-note__quote">{quote}</blockquote>}
      {note.text ? <p class="nm-note__text">{note.text}</p> : <p class="nm-note__text nm-note__text--empty">No note text</p>}
      <TagList tags={note.tags} />
      {children && <div class="nm-note__actions">{children}</div>}
    </article>
  );
}
