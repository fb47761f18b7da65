import type { ClaimKind, NoteSelectors, PageIdentityInput } from '../notes/note-types';
import type { ClaimDetails } from './mark-specs';

/**
 * The handshake between the content script and the note card (an extension iframe).
 *
 * The card's URL carries a random token in its fragment; the page cannot read it (the iframe lives in a closed
 * shadow root and is cross-origin). The first message, posted to the iframe's window, must carry that token and
 * transfers a MessagePort; everything after goes over the port, which page scripts never see. Note text itself
 * never crosses: the card loads and saves it through the background.
 */
export const CARD_INIT = 'newsmark:card-init';

export interface CardSubject {
  /** The note's id: an existing note's, or a fresh one for a new note. */
  noteId: string;
  kind: ClaimKind;
  details: ClaimDetails;
  selectors: NoteSelectors;
  page: PageIdentityInput;
  /** Set when a saved note was placed by fuzzy search: the page changed, and the reader should see the original. */
  approximate?: { originalQuote: string };
}

export interface CardInit {
  type: typeof CARD_INIT;
  token: string;
  subject: CardSubject;
}

/** Card to content script. */
export type CardEvent =
  | { type: 'saved'; noteId: string }
  | { type: 'deleted'; noteId: string }
  | { type: 'size'; height: number }
  /** The card is done (Escape, close button); every pending save has been sent. */
  | { type: 'closed' };

/** Content script to card. */
export type CardCommand = { type: 'close' };

export function isCardInit(data: unknown, token: string): data is CardInit {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<CardInit>;
  return d.type === CARD_INIT && typeof d.token === 'string' && d.token === token && typeof d.subject === 'object' && d.subject !== null;
}

export function isCardEvent(data: unknown): data is CardEvent {
  if (typeof data !== 'object' || data === null) return false;
  const t = (data as { type?: unknown }).type;
  return t === 'saved' || t === 'deleted' || t === 'size' || t === 'closed';
}

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
