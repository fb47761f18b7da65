import { render } from 'preact';
import { NoteCard } from '../../components/page/NoteCard';
import { notesMessenger } from '../../utils/messaging/protocol';
import { isCardInit, type CardCommand, type CardEvent, type CardSubject } from '../../utils/page/card-protocol';
import { claimCardToken } from '../../utils/page/card-tokens';

// The token the content script put in our URL; a message without it is not from Newsmark and is ignored.
const token = location.hash.slice(1);

function start(subject: CardSubject, port: MessagePort) {
  const send = (event: CardEvent) => port.postMessage(event);
  let close: (() => Promise<void>) | null = null;
  port.onmessage = (event: MessageEvent<CardCommand>) => {
    if (event.data?.type === 'close') void (close ? close() : Promise.resolve()).then(() => send({ type: 'closed' }));
  };
  const store = {
    load: async () => (await notesMessenger.sendMessage('listPageNotes', subject.page)).find((n) => n.id === subject.noteId) ?? null,
    save: (draft: Parameters<typeof notesMessenger.sendMessage<'saveNote'>>[1]) => notesMessenger.sendMessage('saveNote', draft),
    remove: (id: string) => notesMessenger.sendMessage('deleteNote', id),
    restore: (note: Parameters<typeof notesMessenger.sendMessage<'restoreNote'>>[1]) => notesMessenger.sendMessage('restoreNote', note),
  };
  const app = document.getElementById('app')!;
  render(
    <NoteCard
      subject={subject}
      store={store}
      onSaved={(noteId) => send({ type: 'saved', noteId })}
      onDeleted={(noteId) => send({ type: 'deleted', noteId })}
      onClose={() => send({ type: 'closed' })}
      registerClose={(fn) => (close = fn)}
    />,
    app,
  );
  new ResizeObserver(() => send({ type: 'size', height: Math.ceil(document.documentElement.scrollHeight) })).observe(app);
}

async function onMessage(event: MessageEvent) {
  if (event.source !== window.parent || !isCardInit(event.data, token) || !event.ports[0]) return;
  window.removeEventListener('message', listener);
  const { subject } = event.data;
  const port = event.ports[0];
  // Only a card Newsmark itself framed goes on: a page can frame this file with a token of its own making.
  if (await claimCardToken(token)) start(subject, port);
}

const listener = (event: MessageEvent) => void onMessage(event);
if (token.length >= 32) window.addEventListener('message', listener);
