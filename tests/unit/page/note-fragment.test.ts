// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followNoteFragment, type NoteRevealer } from '../../../utils/page/note-fragment';

function deferredSession(): NoteRevealer & { revealed: string[]; placeNotes(): void } {
  let done!: () => void;
  const ready = new Promise<void>((resolve) => (done = resolve));
  const revealed: string[] = [];
  return { ready, revealed, placeNotes: () => done(), revealNote: (id) => (revealed.push(id), true) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function hashChangeTo(hash: string): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
    location.hash = hash;
  });
}

describe('followNoteFragment', () => {
  let controller = new AbortController();
  afterEach(async () => {
    controller.abort();
    controller = new AbortController();
    history.replaceState(null, '', location.pathname);
  });

  it('reveals the note named by the fragment only once the notes are placed', async () => {
    history.replaceState(null, '', '#newsmark-note=note%201');
    const session = deferredSession();
    followNoteFragment(window, session, controller.signal);
    await settle();
    expect(session.revealed).toEqual([]);
    session.placeNotes();
    await settle();
    expect(session.revealed).toEqual(['note 1']);
  });

  it('reveals again on a later hashchange to a note, and ignores the page’s own fragments', async () => {
    const session = deferredSession();
    session.placeNotes();
    followNoteFragment(window, session, controller.signal);
    await hashChangeTo('#section-2');
    await hashChangeTo('#comments=open');
    expect(session.revealed).toEqual([]);
    await hashChangeTo('#newsmark-note=n-42');
    expect(session.revealed).toEqual(['n-42']);
  });

  it('does nothing after the session ends', async () => {
    const session = deferredSession();
    const reveal = vi.spyOn(session, 'revealNote');
    followNoteFragment(window, session, controller.signal);
    controller.abort();
    session.placeNotes();
    await hashChangeTo('#newsmark-note=late');
    expect(reveal).not.toHaveBeenCalled();
  });
});
