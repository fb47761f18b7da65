import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS, type Note, type Verdict } from '../../utils/notes/note-types';
import { VERDICT_LABELS } from './labels';
import { errorMessage } from './error-message';
import { parseTags } from './library-filters';
import { KindBadge } from './NoteBadges';

export interface NoteChanges {
  text: string;
  tags: string[];
  verdict: Verdict | null;
}

export interface NoteEditorProps {
  note: Note;
  onSave(changes: NoteChanges): Promise<void>;
  onCancel(): void;
}

/** Edits a note's text, tags and verdict in place; Escape cancels. */
export function NoteEditor({ note, onSave, onCancel }: NoteEditorProps) {
  const id = useId();
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [verdict, setVerdict] = useState<Verdict | ''>(note.verdict ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  // A layout effect: the field has focus as soon as the form is in the document.
  useLayoutEffect(() => textArea.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ text, tags: parseTags(tags), verdict: verdict || null });
    } catch (failure) {
      setError(`Could not save: ${errorMessage(failure)}`);
      setSaving(false);
    }
  }

  return (
    <form
      class="nm-editor"
      aria-label="Edit note"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div class="nm-note__meta">
        <KindBadge kind={note.kind} />
      </div>
      {note.selectors.quote.exact && <blockquote class="nm-note__quote">{note.selectors.quote.exact}</blockquote>}
      <label for={`${id}-text`}>Note</label>
      <textarea
        id={`${id}-text`}
        name="text"
        ref={textArea}
        rows={3}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="nm-editor__row">
        <div class="nm-field">
          <label for={`${id}-tags`}>Tags (comma separated)</label>
          <input id={`${id}-tags`} name="tags" type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
        </div>
        <div class="nm-field">
          <label for={`${id}-verdict`}>Verdict</label>
          <select
            id={`${id}-verdict`}
            name="verdict"
            value={verdict}
            onChange={(event) => setVerdict(event.currentTarget.value as Verdict | '')}
          >
            <option value="">No verdict</option>
            {VERDICTS.map((value) => (
              <option key={value} value={value}>
                {VERDICT_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p class="nm-error" role="alert">
          {error}
        </p>
      )}
      <div class="nm-note__actions">
        <button type="submit" class="nm-button nm-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" class="nm-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
