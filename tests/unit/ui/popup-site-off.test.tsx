// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/notes/Popup';
import type { PopupHost } from '../../../components/notes/popup-host';
import type { PageState } from '../../../utils/page/page-state';
import { byText, click, mount, waitFor } from './render';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

/** What the content script answers on a site the reader turned Newsmark off for: nothing ran. */
function offState(host: string | undefined): PageState {
  return {
    url: `https://${host ?? 'news.example'}/story`,
    canonicalUrl: null,
    title: 'A story',
    siteName: null,
    isArticle: false,
    counts: { quotes: 0, speakers: 0, statistics: 0, unsourcedStatistics: 0, notices: 0 },
    origin: null,
    syndication: [],
    sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 },
    summary: '',
    anchors: [],
    ...(host ? { disabledOn: host } : {}),
  };
}

function hostFor(state: PageState, enable: (site: string) => Promise<void>): PopupHost & { enabled: string[]; notesAsked: number } {
  const host = {
    enabled: [] as string[],
    notesAsked: 0,
    tabId: async () => 3,
    pageState: async () => state,
    pageNotes: async () => {
      host.notesAsked += 1;
      return [];
    },
    tabNotes: async () => ({ page: null, notes: [] }),
    revealNote: async () => false,
    enableSite: async (site: string) => {
      host.enabled.push(site);
      await enable(site);
    },
    openLibrary: async () => undefined,
    close: () => undefined,
  };
  return host;
}

async function mountPopup(host: PopupHost) {
  const view = await mount(<Popup host={host} />);
  cleanup = view.unmount;
  await waitFor(() => expect(view.container.textContent).not.toMatch(/Reading the page/));
  return view;
}

describe('Popup on a site Newsmark is off on', () => {
  it('says so, names the host, and turns it back on for that host', async () => {
    const host = hostFor(offState('www.harborcourier.example'), async () => undefined);
    const { container } = await mountPopup(host);
    expect(container.querySelector('h2')!.textContent).toBe('Newsmark is off on www.harborcourier.example');
    expect(container.querySelector('.nm-summary')).toBeNull();
    expect(host.notesAsked).toBe(0);
    await click(byText(container, 'button', 'Turn on for this site'));
    await waitFor(() => expect(container.querySelector('h2')!.textContent).toBe('Newsmark is on again on www.harborcourier.example'));
    expect(host.enabled).toEqual(['www.harborcourier.example']);
    expect(container.querySelector('button.nm-button--primary')).toBeNull();
  });

  it('shows why turning on failed and keeps the button', async () => {
    const host = hostFor(offState('news.example'), async () => {
      throw new Error('storage is full');
    });
    const { container } = await mountPopup(host);
    await click(byText(container, 'button', 'Turn on for this site'));
    await waitFor(() => expect(container.querySelector('[role="alert"]')!.textContent).toBe('Could not turn Newsmark on: storage is full'));
    expect(container.querySelector('h2')!.textContent).toBe('Newsmark is off on news.example');
  });

  it('offers nothing of the kind on a page Newsmark runs on', async () => {
    const host = hostFor(offState(undefined), async () => undefined);
    const { container } = await mountPopup(host);
    expect(container.textContent).not.toContain('Turn on for this site');
    expect(container.textContent).not.toContain('Newsmark is off');
  });
});
