import { ADD_NOTE_BUTTON_CSS, addNoteButton } from '../../components/page/add-note-button';
import { createIsolatedHost, type IsolatedHost } from './isolated-host';

/** The "Add note" button by a selection, in its own closed shadow root. */
export class SelectionButton {
  private ui: IsolatedHost | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onAdd: () => void,
  ) {}

  contains(node: Node | null): boolean {
    return !!node && !!this.ui && this.ui.host.contains(node);
  }

  showAt(rect: DOMRect): void {
    const win = this.doc.defaultView!;
    const top = Math.min(rect.bottom + 6, win.innerHeight - 40);
    const left = Math.min(Math.max(rect.right - 50, 8), win.innerWidth - 120);
    if (!this.ui) {
      this.ui = createIsolatedHost(this.doc, ADD_NOTE_BUTTON_CSS, { position: 'fixed', 'z-index': '2147483647' });
      this.ui.root.appendChild(addNoteButton(this.doc, () => this.onAdd()));
      this.doc.documentElement.appendChild(this.ui.host);
    }
    this.ui.host.style.setProperty('top', `${top}px`, 'important');
    this.ui.host.style.setProperty('left', `${left}px`, 'important');
  }

  hide(): void {
    if (!this.ui) return;
    this.ui.host.remove();
    this.ui = null;
  }
}
