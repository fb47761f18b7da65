// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_FRAME_NOTES, Popup } from '../../../components/notes/Popup';
import type { PopupHost } from '../../../components/notes/popup-host';
import type { Note, PageIdentityInput } from '../../../utils/notes/note-types';
import type { PageState } from '../../../utils/page/page-state';
import { makeNote } from './fake-notes';
import { byText, click, mount, waitFor } from './render';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    url: 'https://www.harborcourier.example/news/port-budget?utm_source=x',
    canonicalUrl: 'https://www.harborcourier.example/news/port-budget',
    title: 'Port budget passes after long night',
    siteName: 'The Harbor City Courier',
    isArticle: true,
    counts: { quotes: 6, speakers: 3, statistics: 4, unsourcedStatistics: 1, notices: 2 },
    origin: 'Bay Area Wire',
    syndication: [],
    sourcing: {
      speakers: [
        { name: 'Mayor Elena Ruiz', quotes: 3 },
        { name: 'Tom Okafor', quotes: 2 },
        { name: 'a port spokesperson', quotes: 1 },
      ],
      sources: [{ name: 'the Port Authority', statistics: 3 }],
      unsourcedStatistics: 1,
    },
    summary: '6 quotes from 3 speakers, 4 statistics (1 unsourced); first published by Bay Area Wire.',
    anchors: [],
    ...overrides,
  };
}

class FakePopupHost implements PopupHost {
  revealed: string[] = [];
  closed = 0;
  librariesOpened = 0;
  askedFor: PageIdentityInput[] = [];
  revealAnswer = true;
  /** The page the background remembers for the tab (null: it never heard of it), and that page's notes. */
  tabPage: PageIdentityInput | null = null;
  tabPageNotes: Note[] = [];
  tabNotesAsked: number[] = [];
  constructor(
    private readonly state: PageState | Error,
    private readonly notes: Note[] = [],
    private readonly tab: number | null = 7,
  ) {}
  async tabId() {
    return this.tab;
  }
  async pageState(tabId: number) {
    if (tabId !== this.tab) throw new Error('wrong tab');
    if (this.state instanceof Error) throw this.state;
    return this.state;
  }
  async pageNotes(page: PageIdentityInput) {
    this.askedFor.push(page);
    return this.notes;
  }
  async tabNotes(tabId: number) {
    this.tabNotesAsked.push(tabId);
    return { page: this.tabPage, notes: this.tabPage ? this.tabPageNotes : [] };
  }
  async revealNote(tabId: number, noteId: string) {
    if (tabId !== this.tab) throw new Error('wrong tab');
    this.revealed.push(noteId);
    return this.revealAnswer;
  }
  async enableSite() {
    throw new Error('not offered on these pages');
  }
  async openLibrary() {
    this.librariesOpened += 1;
  }
  close() {
    this.closed += 1;
  }
}

async function mountPopup(host: FakePopupHost) {
  const view = await mount(<Popup host={host} />);
  cleanup = view.unmount;
  await waitFor(() => expect(view.container.textContent).not.toMatch(/Reading the page/));
  return view;
}

describe('Popup', () => {
  it('sums up the page: claims, syndication origin and who is quoted', async () => {
    const host = new FakePopupHost(pageState());
    const { container } = await mountPopup(host);
    const summary = container.querySelector('.nm-summary')!;
    expect(summary.querySelector('h2')!.textContent).toBe('Port budget passes after long night');
    expect(summary.textContent).toContain('6 quotes from 3 speakers');
    expect(summary.textContent).toContain('4 statistics, 1 without a source');
    expect(summary.textContent).toContain('2 syndication notices');
    expect(container.querySelector('.nm-origin')!.textContent).toBe('Syndicated: first published by Bay Area Wire');
    const quoted = byText(container, 'h3', 'Who is quoted').nextElementSibling!;
    expect([...quoted.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Mayor Elena Ruiz (3 quotes)',
      'Tom Okafor (2 quotes)',
      'a port spokesperson (1 quote)',
    ]);
    expect(container.querySelector('.nm-unsourced')!.textContent).toBe('1 without a source');
    expect(host.askedFor).toEqual([
      {
        url: 'https://www.harborcourier.example/news/port-budget?utm_source=x',
        canonicalUrl: 'https://www.harborcourier.example/news/port-budget',
        title: 'Port budget passes after long night',
        siteName: 'The Harbor City Courier',
        origin: 'Bay Area Wire',
      },
    ]);
  });

  it('lists notes in page order, marks approximate ones with the original quote, and keeps orphans', async () => {
    const notes = [
      makeNote({ id: 'late', start: 900, quote: '"We are out of money," Okafor said.' }),
      makeNote({ id: 'moved', start: 300, quote: 'fares rose 40 percent' }),
      makeNote({ id: 'gone', start: 100, quote: 'a sentence the editors removed' }),
      makeNote({ id: 'early', start: 10, quote: 'first' }),
    ];
    const anchors = [
      { noteId: 'late', status: 'exact' as const },
      { noteId: 'moved', status: 'approximate' as const },
      { noteId: 'gone', status: 'orphan' as const },
      { noteId: 'early', status: 'exact' as const },
    ];
    const { container } = await mountPopup(new FakePopupHost(pageState({ anchors }), notes));
    expect(byText(container, 'h2', /Your notes on this page/).textContent).toBe('Your notes on this page (4)');
    const placedList = container.querySelector('.nm-page-notes > ul')!;
    expect([...placedList.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id'))).toEqual([
      'early',
      'moved',
      'late',
    ]);
    const moved = container.querySelector('[data-note-id="moved"]')!;
    expect(moved.querySelector('.nm-badge--warn')!.textContent).toBe('Approximate match');
    expect(moved.querySelector('.nm-note__hint')!.textContent).toMatch(/original quote/);
    expect(moved.querySelector('blockquote')!.textContent).toBe('fares rose 40 percent');

    const orphansHeading = byText(container, 'h3', 'Not found on the page (1)');
    const gone = orphansHeading.parentElement!.querySelector('[data-note-id="gone"]')!;
    expect(gone.querySelector('blockquote')!.textContent).toBe('a sentence the editors removed');
    expect(gone.querySelector('.nm-jump')).toBeNull();
  });

  it('jumps to a note on the page and closes', async () => {
    const host = new FakePopupHost(pageState({ anchors: [{ noteId: 'n1', status: 'exact' }] }), [makeNote({ id: 'n1' })]);
    const { container } = await mountPopup(host);
    await click(container.querySelector<HTMLElement>('[data-note-id="n1"] .nm-jump')!);
    await waitFor(() => expect(host.closed).toBe(1));
    expect(host.revealed).toEqual(['n1']);
  });

  it('stays open and says so when the note cannot be placed', async () => {
    const host = new FakePopupHost(pageState(), [makeNote({ id: 'n1' })]);
    host.revealAnswer = false;
    const { container } = await mountPopup(host);
    await click(container.querySelector<HTMLElement>('.nm-jump')!);
    await waitFor(() => expect(container.querySelector('.nm-jump-message')!.textContent).toMatch(/could not be placed/));
    expect(host.closed).toBe(0);
  });

  it('opens the library', async () => {
    const host = new FakePopupHost(pageState());
    const { container } = await mountPopup(host);
    await click(byText(container, 'button', 'Open notes library'));
    await waitFor(() => expect(host.closed).toBe(1));
    expect(host.librariesOpened).toBe(1);
  });

  it('explains when the content script cannot run on the page', async () => {
    const host = new FakePopupHost(new Error('Could not establish connection. Receiving end does not exist.'));
    const { container } = await mountPopup(host);
    expect(byText(container, 'h2', 'Newsmark cannot read this page')).toBeTruthy();
    expect(container.textContent).not.toMatch(/Receiving end/);
    expect(byText(container, 'button', 'Open notes library')).toBeTruthy();
  });

  it('says a page is not an article, and still lists notes taken on it', async () => {
    const host = new FakePopupHost(pageState({ isArticle: false, title: 'Courier home' }), [makeNote({ id: 'n1', kind: 'selection' })]);
    const { container } = await mountPopup(host);
    expect(container.querySelector('.nm-summary .nm-notice')!.textContent).toMatch(/does not look like a news article/);
    expect(container.querySelector('.nm-stats')).toBeNull();
    expect(container.querySelector('[data-note-id="n1"]')).not.toBeNull();
  });

  it('shows the page summary before the store has answered with the notes', async () => {
    let answer: (notes: Note[]) => void = () => undefined;
    const host = new FakePopupHost(pageState());
    host.pageNotes = () => new Promise<Note[]>((resolve) => (answer = resolve));
    const { container } = await mountPopup(host);
    await waitFor(() => expect(container.querySelector('.nm-summary h2')).not.toBeNull());
    expect(container.querySelector('.nm-page-notes')!.textContent).toMatch(/Loading your notes/);
    answer([makeNote({ id: 'late' })]);
    await waitFor(() => expect(container.querySelector('[data-note-id="late"]')).not.toBeNull());
    expect(byText(container, 'h2', /Your notes on this page/).textContent).toBe('Your notes on this page (1)');
  });

  it('lists every note of a page with many, in page order, orphans after the placed ones', async () => {
    const count = FIRST_FRAME_NOTES * 3;
    const notes = Array.from({ length: count }, (_, i) => makeNote({ id: `n${String(i).padStart(2, '0')}`, start: (count - i) * 10 }));
    const orphanIds = new Set(['n00', 'n05']);
    const anchors = notes.map((note) => ({ noteId: note.id, status: orphanIds.has(note.id) ? ('orphan' as const) : ('exact' as const) }));
    const { container } = await mountPopup(new FakePopupHost(pageState({ anchors }), notes));
    expect(byText(container, 'h2', /Your notes on this page/).textContent).toBe(`Your notes on this page (${count})`);
    await waitFor(() => expect(container.querySelectorAll('[data-note-id]')).toHaveLength(count));
    const idsIn = (selector: string) => [...container.querySelectorAll(`${selector} [data-note-id]`)].map((el) => el.getAttribute('data-note-id'));
    // Stored positions run backwards, so page order is the reverse of the ids.
    const inPageOrder = notes.map((note) => note.id).reverse();
    expect(idsIn('.nm-notes--placed')).toEqual(inPageOrder.filter((id) => !orphanIds.has(id!)));
    expect(idsIn('.nm-notes--orphans')).toEqual(['n05', 'n00']);
    expect(byText(container, 'h3', 'Not found on the page (2)')).toBeTruthy();
  });

  it('leaves only the cards past the first frame for the browser to lay out when scrolled to', async () => {
    const count = FIRST_FRAME_NOTES + 3;
    const notes = Array.from({ length: count }, (_, i) => makeNote({ id: `n${String(i).padStart(2, '0')}`, start: i * 10 }));
    const anchors = notes.map((note, i) => ({ noteId: note.id, status: i === count - 1 ? ('orphan' as const) : ('exact' as const) }));
    const { container } = await mountPopup(new FakePopupHost(pageState({ anchors }), notes));
    await waitFor(() => expect(container.querySelectorAll('[data-note-id]')).toHaveLength(count));
    const later = [...container.querySelectorAll('li.nm-later > [data-note-id]')].map((card) => card.getAttribute('data-note-id'));
    expect(later).toEqual(notes.slice(FIRST_FRAME_NOTES).map((note) => note.id));
  });

  it("shows the page summary while the tab's notes are still on their way", async () => {
    let answer: (notes: { page: PageIdentityInput; notes: Note[] }) => void = () => undefined;
    const state = pageState({ anchors: [{ noteId: 'n1', status: 'exact' }] });
    const host = new FakePopupHost(state);
    host.tabNotes = () => new Promise((resolve) => (answer = resolve));
    const { container } = await mountPopup(host);
    expect(container.querySelector('.nm-summary h2')!.textContent).toBe('Port budget passes after long night');
    expect(container.querySelector('.nm-page-notes')!.textContent).toMatch(/Loading your notes/);
    answer({ page: { url: state.url, canonicalUrl: state.canonicalUrl }, notes: [makeNote({ id: 'n1' })] });
    await waitFor(() => expect(container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    expect(host.askedFor).toEqual([]);
  });

  it('invites the first note on a page without notes', async () => {
    const { container } = await mountPopup(new FakePopupHost(pageState()));
    expect(container.querySelector('.nm-page-notes')!.textContent).toMatch(/No notes on this page yet/);
  });
});

describe("Popup: the tab's notes, asked at the same time as the page", () => {
  const statePage = {
    url: 'https://www.harborcourier.example/news/port-budget?utm_source=x',
    canonicalUrl: 'https://www.harborcourier.example/news/port-budget',
  };

  it("shows the notes the background listed for the tab when they are the page's, without asking again", async () => {
    const host = new FakePopupHost(pageState({ anchors: [{ noteId: 'n1', status: 'exact' }] }), [makeNote({ id: 'from-page-list' })]);
    // The content script listed the page before its analysis knew the title; the notes are the same.
    host.tabPage = { ...statePage, title: 'Port budget', siteName: null, origin: null };
    host.tabPageNotes = [makeNote({ id: 'n1' })];
    const { container } = await mountPopup(host);
    expect(host.tabNotesAsked).toEqual([7]);
    expect(host.askedFor).toEqual([]);
    expect(container.querySelector('[data-note-id="n1"]')).not.toBeNull();
    expect(container.querySelector('[data-note-id="from-page-list"]')).toBeNull();
    expect(container.querySelector('.nm-page-notes')!.textContent).not.toMatch(/Loading your notes/);
  });

  it("falls back to the notes of the state's page when the tab last listed another page", async () => {
    const host = new FakePopupHost(pageState(), [makeNote({ id: 'this-page' })]);
    // The tab navigated (or an SPA changed its URL) since its content script listed notes.
    host.tabPage = { url: 'https://www.harborcourier.example/news/ferry-strike' };
    host.tabPageNotes = [makeNote({ id: 'previous-page' })];
    const { container } = await mountPopup(host);
    await waitFor(() => expect(container.querySelector('[data-note-id="this-page"]')).not.toBeNull());
    expect(container.querySelector('[data-note-id="previous-page"]')).toBeNull();
    expect(host.askedFor.map((page) => [page.url, page.canonicalUrl])).toEqual([[statePage.url, statePage.canonicalUrl]]);
  });

  it('falls back when a same-site canonical link now names another article', async () => {
    const host = new FakePopupHost(pageState(), [makeNote({ id: 'this-page' })]);
    host.tabPage = { url: statePage.url, canonicalUrl: 'https://www.harborcourier.example/news/port-budget-vote' };
    host.tabPageNotes = [makeNote({ id: 'other-article' })];
    const { container } = await mountPopup(host);
    await waitFor(() => expect(container.querySelector('[data-note-id="this-page"]')).not.toBeNull());
    expect(container.querySelector('[data-note-id="other-article"]')).toBeNull();
    expect(host.askedFor).toHaveLength(1);
  });

  it('falls back when the background cannot answer for the tab', async () => {
    const host = new FakePopupHost(pageState(), [makeNote({ id: 'this-page' })]);
    host.tabNotes = () => Promise.reject(new Error('Could not establish connection.'));
    const { container } = await mountPopup(host);
    await waitFor(() => expect(container.querySelector('[data-note-id="this-page"]')).not.toBeNull());
    expect(host.askedFor).toHaveLength(1);
  });
});
