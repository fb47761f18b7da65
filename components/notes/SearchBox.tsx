import { useId } from 'preact/hooks';

export interface SearchBoxProps {
  value: string;
  onInput(value: string): void;
}

/** Full-text search over notes, quotes, page titles and tags; the library searches as the reader types. */
export function SearchBox({ value, onInput }: SearchBoxProps) {
  const id = useId();
  return (
    <div class="nm-search" role="search">
      <label for={id}>Search notes</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="Words in notes, quotes, titles or tags"
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
