import { browser } from 'wxt/browser';
import type { NotesProtocol } from '../messaging/protocol';
import {
  ImportIdSchema,
  NoPayloadSchema,
  NoteDraftSchema,
  NoteIdSchema,
  NotePatchSchema,
  NoteQuerySchema,
  NoteSchema,
  PageIdentityInputSchema,
  parsePayload,
  StageImportSchema,
  TabIdSchema,
} from '../messaging/schemas';
import { NotesDatabase } from '../notes/database';
import { ImportStaging } from '../notes/import/import-staging';
import { getStats, listSites, listTags, searchNotePage, searchNotes } from '../notes/note-search';
import { deleteNote, restoreNote, saveNote, updateNote } from '../notes/note-store';
import { PageNotesCache } from './page-notes-cache';
import { TabPages, type SessionArea } from './tab-pages';

/**
 * The background's notes service: the only code that opens the notes database. It answers the messages of
 * `NotesProtocol` (sent with `notesMessenger`). Every payload is checked against its schema before it touches
 * the store, every answer is a native Promise (a Dexie promise handed to the browser's message channel
 * arrives as `undefined` on Chromium), and a write is answered only after its transaction has committed.
 */


/** Who sent a message, as far as the handlers care (runtime.onMessage's sender). */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

/** Answers to messages by type; each checks its own payload. */
export type MessageHandlers = Readonly<Record<string, (payload: unknown, sender?: MessageSender) => Promise<unknown>>>;

type NotesHandlers = {
  [Type in keyof NotesProtocol]: (payload: unknown, sender?: MessageSender) => Promise<ReturnType<NotesProtocol[Type]>>;
};

export function createNotesHandlers(db: NotesDatabase, staging = new ImportStaging(), tabPages = new TabPages()): NotesHandlers {
  const pageNotes = new PageNotesCache(db);
  return {
    saveNote: async (payload) => saveNote(db, parsePayload(NoteDraftSchema, payload, 'saveNote')),
    deleteNote: async (payload) => deleteNote(db, parsePayload(NoteIdSchema, payload, 'deleteNote')),
    listPageNotes: async (payload, sender) => {
      const page = parsePayload(PageIdentityInputSchema, payload, 'listPageNotes');
      // A tab's top frame listing its notes is its content script placing them: the popup's head start.
      const tabId = sender?.tab?.id;
      if (typeof tabId === 'number' && tabId >= 0 && (sender?.frameId ?? 0) === 0) tabPages.remember(tabId, page);
      return pageNotes.list(page);
    },
    listTabNotes: async (payload) => {
      const page = await tabPages.recall(parsePayload(TabIdSchema, payload, 'listTabNotes'));
      return { page, notes: page ? await pageNotes.list(page) : [] };
    },
    searchNotes: async (payload) => searchNotes(db, parsePayload(NoteQuerySchema, payload ?? {}, 'searchNotes')),
    searchNotePage: async (payload) => searchNotePage(db, parsePayload(NoteQuerySchema, payload ?? {}, 'searchNotePage')),
    beginImport: async (payload) => (parsePayload(NoPayloadSchema, payload, 'beginImport'), staging.begin()),
    stageImport: async (payload) => {
      const batch = parsePayload(StageImportSchema, payload, 'stageImport');
      return staging.add(batch.importId, batch.notes);
    },
    commitImport: async (payload) => staging.commit(db, parsePayload(ImportIdSchema, payload, 'commitImport')),
    abortImport: async (payload) => staging.abort(parsePayload(ImportIdSchema, payload, 'abortImport')),
    updateNote: async (payload) => updateNote(db, parsePayload(NotePatchSchema, payload, 'updateNote')),
    restoreNote: async (payload) => restoreNote(db, parsePayload(NoteSchema, payload, 'restoreNote')),
    listSites: async (payload) => (parsePayload(NoPayloadSchema, payload, 'listSites'), listSites(db)),
    listTags: async (payload) => (parsePayload(NoPayloadSchema, payload, 'listTags'), listTags(db)),
    getStats: async (payload) => (parsePayload(NoPayloadSchema, payload, 'getStats'), getStats(db)),
  };
}

/**
 * An error that survives the message channel, in the shape @webext-core/messaging's sendMessage turns back
 * into a thrown Error: name and message only. Dexie's errors carry objects that do not serialise, and the
 * sender needs the words, not the internals.
 */
function errorAnswer(error: unknown): { err: { name: string; message: string; stack: string } } {
  const source = error instanceof Error ? error : new Error(String(error));
  return { err: { name: source.name, message: source.message, stack: '' } };
}

function unreadable(why: string) {
  return errorAnswer(new Error(`Newsmark's background cannot read this message: ${why}.`));
}

/**
 * The one runtime.onMessage listener of the notes service. It speaks @webext-core/messaging's wire format
 * ({type, data, timestamp} in, {res} or {err} out), so senders use the typed `notesMessenger`, but it
 * receives itself: the library's own receiver leaves a message of unknown type or shape unanswered, and
 * looks handlers up on a plain object, where a message named "constructor" finds Object's own.
 * Every message gets an answer, always a native Promise, never a synchronous throw.
 */
export function notesMessageListener(handlers: MessageHandlers) {
  return (message: unknown, sender?: MessageSender): Promise<unknown> => {
    if (message === null || typeof message !== 'object') {
      return Promise.resolve(unreadable(`expected an object, got ${message === null ? 'null' : typeof message}`));
    }
    const { type, timestamp, data } = message as { type?: unknown; timestamp?: unknown; data?: unknown };
    if (typeof type !== 'string' || typeof timestamp !== 'number') {
      return Promise.resolve(unreadable('it needs a string `type` and a number `timestamp`'));
    }
    if (!Object.hasOwn(handlers, type)) {
      return Promise.resolve(errorAnswer(new Error(`Newsmark's background does not know the message "${type.slice(0, 80)}".`)));
    }
    const handle = handlers[type]!;
    return Promise.resolve()
      .then(() => handle(data, sender))
      .then((res) => ({ res }), errorAnswer);
  };
}

/** Registers the notes service in the background; returns a function that unregisters it (tests). */
export function registerNotesService(db: NotesDatabase = new NotesDatabase(), otherHandlers: MessageHandlers = {}): () => void {
  // One listener answers every message (see notesMessageListener), so the background's other services join it here.
  const tabPages = new TabPages(sessionArea());
  const listener = notesMessageListener({ ...otherHandlers, ...createNotesHandlers(db, undefined, tabPages) });
  const tabClosed = (tabId: number) => tabPages.forget(tabId);
  browser.runtime.onMessage.addListener(listener);
  browser.tabs?.onRemoved.addListener(tabClosed);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    browser.tabs?.onRemoved.removeListener(tabClosed);
  };
}

/** The session storage area (Chrome 102+, Firefox 115+, in MV2 too), or null on a browser without one. */
function sessionArea(): SessionArea | null {
  return (browser.storage as { session?: SessionArea } | undefined)?.session ?? null;
}
