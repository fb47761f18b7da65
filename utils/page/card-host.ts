import { CARD_INIT, isCardEvent, newToken, type CardCommand, type CardEvent, type CardInit, type CardSubject } from './card-protocol';
import { createIsolatedHost, type IsolatedHost } from './isolated-host';

const CARD_WIDTH = 340;
const CARD_MIN_HEIGHT = 200;
const CLOSE_WAIT_MS = 1500;

const CARD_CSS = `
  .frame { width: 100%; height: 100%; border: 1px solid rgba(128,128,128,.55); border-radius: 10px; overflow: hidden;
    box-shadow: 0 8px 28px rgba(0,0,0,.28); background: Canvas; }
  iframe { border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; }
`;

export interface CardHandlers {
  onSaved(noteId: string): void;
  onDeleted(noteId: string): void;
  onClosed(): void;
}

/**
 * The note card in the page: an extension iframe inside a closed shadow root. The iframe's URL carries a secret
 * token; the first message proves itself with it and hands over a MessagePort, so later traffic (ids and sizes,
 * never note text) stays out of reach of the page's message listeners.
 */
export class CardHost {
  private open_: {
    ui: IsolatedHost;
    port: MessagePort;
    iframe: HTMLIFrameElement;
    subject: CardSubject;
    returnFocus: HTMLElement | null;
    closing: Promise<void> | null;
    token: string;
  } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly cardUrl: (token: string) => string,
    private readonly cardOrigin: string,
    /** Records the token where only the extension can write (see card-tokens.ts), before the card is framed. */
    private readonly tokens: { register(token: string): Promise<void>; forget(token: string): Promise<void> },
  ) {}

  get subject(): CardSubject | null {
    return this.open_?.subject ?? null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.open_ && this.open_.ui.host.contains(node);
  }

  async open(subject: CardSubject, anchor: DOMRect, returnFocus: HTMLElement | null, handlers: CardHandlers): Promise<void> {
    await this.close(false);
    const token = newToken();
    await this.tokens.register(token);
    const { top, left } = placeBeside(anchor, this.doc.defaultView!);
    const ui = createIsolatedHost(this.doc, CARD_CSS, {
      position: 'absolute',
      top: `${top}px`,
      left: `${left}px`,
      width: `${CARD_WIDTH}px`,
      height: `${CARD_MIN_HEIGHT}px`,
      'z-index': '2147483647',
    });
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    const iframe = this.doc.createElement('iframe');
    iframe.title = 'Newsmark note';
    iframe.src = this.cardUrl(token);
    frame.appendChild(iframe);
    ui.root.appendChild(frame);
    const channel = new MessageChannel();
    this.open_ = { ui, port: channel.port1, iframe, subject, returnFocus, closing: null, token };
    channel.port1.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!isCardEvent(data)) return;
      this.handle(data, handlers, ui);
    };
    iframe.addEventListener(
      'load',
      () => {
        const init: CardInit = { type: CARD_INIT, token, subject };
        iframe.contentWindow?.postMessage(init, this.cardOrigin, [channel.port2]);
        iframe.focus();
      },
      { once: true },
    );
    this.doc.documentElement.appendChild(ui.host);
  }

  /** Asks the card to send what is unsaved, then removes it; `restoreFocus` puts focus back on the mark. */
  async close(restoreFocus = true): Promise<void> {
    const current = this.open_;
    if (!current) return;
    if (!current.closing) {
      current.closing = new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, CLOSE_WAIT_MS);
        current.port.addEventListener('message', (e: MessageEvent) => isCardEvent(e.data) && e.data.type === 'closed' && done());
        const command: CardCommand = { type: 'close' };
        current.port.postMessage(command);
      });
    }
    await current.closing;
    this.teardown(current, restoreFocus);
  }

  /** Removes the card at once (navigation, extension reload): the card flushes on its own pagehide. */
  destroy(): void {
    if (this.open_) this.teardown(this.open_, false);
  }

  private handle(event: CardEvent, handlers: CardHandlers, ui: IsolatedHost): void {
    switch (event.type) {
      case 'saved':
        handlers.onSaved(event.noteId);
        break;
      case 'deleted':
        handlers.onDeleted(event.noteId);
        break;
      case 'size':
        ui.host.style.setProperty('height', `${Math.max(120, Math.min(event.height + 2, 560))}px`, 'important');
        break;
      case 'closed':
        if (this.open_ && this.open_.ui === ui && !this.open_.closing) {
          this.teardown(this.open_, true);
          handlers.onClosed();
        }
        break;
    }
  }

  private teardown(current: NonNullable<typeof this.open_>, restoreFocus: boolean): void {
    if (this.open_ !== current) return;
    this.open_ = null;
    void this.tokens.forget(current.token).catch(() => undefined);
    current.port.close();
    current.ui.host.remove();
    if (restoreFocus && current.returnFocus?.isConnected) current.returnFocus.focus({ preventScroll: true });
  }
}

/** Below the claim when there is room, else above; always inside the viewport horizontally. */
function placeBeside(anchor: DOMRect, win: Window): { top: number; left: number } {
  const margin = 8;
  const roomBelow = win.innerHeight - anchor.bottom;
  const top = roomBelow > CARD_MIN_HEIGHT + 60 || anchor.top < CARD_MIN_HEIGHT ? anchor.bottom + 6 : anchor.top - CARD_MIN_HEIGHT - 80;
  const left = Math.min(Math.max(anchor.left, margin), Math.max(margin, win.innerWidth - CARD_WIDTH - margin - 16));
  return { top: top + win.scrollY, left: left + win.scrollX };
}
