import { el } from './dom';

/** The small button that appears by a selection in the article. */
export function addNoteButton(doc: Document, onAdd: () => void): HTMLElement {
  return el(
    doc,
    'button',
    {
      type: 'button',
      class: 'add',
      // Keep the page's selection: a mousedown on a button would otherwise clear it before the click.
      onmousedown: (e) => e.preventDefault(),
      onclick: () => onAdd(),
    },
    el(doc, 'span', { 'aria-hidden': 'true' }, '\u270E'),
    ' Add note',
  );
}

export const ADD_NOTE_BUTTON_CSS = `
  .add { font: 600 13px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #fff; background: #1d4ed8;
    border: none; border-radius: 14px; padding: 6px 10px; box-shadow: 0 3px 10px rgba(0,0,0,.25); cursor: pointer; }
  .add:focus-visible { outline: 2px solid #facc15; outline-offset: 2px; }
`;
