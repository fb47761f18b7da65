import { afterEach, describe, expect, it, vi } from 'vitest';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;
type Listener = (message: unknown, sender: unknown) => unknown;
interface StandIn {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void; hasListener(l: Listener): boolean };
  };
  storage: { local: { get(key: string): Promise<unknown> } };
}

/** A Chrome MV3 `chrome` as the content script sees it: promises from calls, callbacks for message replies. */
function fakeChrome(reply: unknown = 'pong') {
  const listeners = new Set<ChromeListener>();
  return {
    listeners,
    chrome: {
      runtime: {
        id: 'abcdef',
        getURL(this: unknown, path: string) {
          return `chrome-extension://abcdef${path}`;
        },
        sendMessage: vi.fn(async () => reply),
        onMessage: {
          addListener: (l: ChromeListener) => listeners.add(l),
          removeListener: (l: ChromeListener) => listeners.delete(l),
          hasListener: (l: ChromeListener) => listeners.has(l),
        },
      },
      storage: { local: { get: vi.fn(async () => ({ key: 1 })) } },
    },
  };
}

async function standIn(): Promise<StandIn> {
  vi.resetModules();
  return (await import('../../../utils/page/content-script-browser')).default as unknown as StandIn;
}

/** Delivers a message to every listener as Chrome does; resolves with what was sent back, if anything. */
function deliver(listeners: Set<ChromeListener>, message: unknown): { keptOpen: boolean[]; reply: Promise<unknown> } {
  let respond!: (reply: unknown) => void;
  const reply = new Promise((resolve) => (respond = resolve));
  const keptOpen = [...listeners].map((l) => l(message, { id: 'abcdef' }, respond));
  return { keptOpen, reply };
}

afterEach(() => vi.unstubAllGlobals());

describe('the content script’s stand-in for webextension-polyfill', () => {
  it('in Firefox is the browser’s own `browser`', async () => {
    const firefoxBrowser = { runtime: { id: 'newsmark@newsmark.invalid' } };
    vi.stubGlobal('browser', firefoxBrowser);
    vi.stubGlobal('chrome', fakeChrome().chrome);
    expect(await standIn()).toBe(firefoxBrowser);
  });

  it('in Chrome sends a listener’s promised answer as the reply, and keeps out of messages it does not answer', async () => {
    const { chrome, listeners } = fakeChrome();
    vi.stubGlobal('chrome', chrome);
    const api = await standIn();
    const answers: Listener = (message) => (message === 'state?' ? Promise.resolve({ quotes: 4 }) : undefined);
    api.runtime.onMessage.addListener(answers);
    const asked = deliver(listeners, 'state?');
    expect(asked.keptOpen).toEqual([true]);
    await expect(asked.reply).resolves.toEqual({ quotes: 4 });
    expect(deliver(listeners, 'other').keptOpen).toEqual([false]);
    expect(api.runtime.onMessage.hasListener(answers)).toBe(true);
    api.runtime.onMessage.removeListener(answers);
    expect(listeners.size).toBe(0);
  });

  it('in Chrome sends a rejection in the polyfill’s format, and turns one received back into an error', async () => {
    const { chrome, listeners } = fakeChrome({ __mozWebExtensionPolyfillReject__: true, message: 'store closed' });
    vi.stubGlobal('chrome', chrome);
    const api = await standIn();
    api.runtime.onMessage.addListener(() => Promise.reject(new Error('no session')));
    await expect(deliver(listeners, 'state?').reply).resolves.toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'no session' });
    await expect(api.runtime.sendMessage({ type: 'listPageNotes' })).rejects.toThrow('store closed');
  });

  it('in Chrome passes every other call through to `chrome`, bound to its namespace', async () => {
    const { chrome } = fakeChrome();
    vi.stubGlobal('chrome', chrome);
    const api = await standIn();
    const { getURL } = api.runtime;
    expect(getURL('/note-card.html')).toBe('chrome-extension://abcdef/note-card.html');
    expect(api.runtime.id).toBe('abcdef');
    await expect(api.storage.local.get('key')).resolves.toEqual({ key: 1 });
    await expect(api.runtime.sendMessage('ping')).resolves.toBe('pong');
  });
});
