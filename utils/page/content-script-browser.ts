/**
 * The content script's stand-in for webextension-polyfill (swapped in by scripts/vite/content-script-browser.ts;
 * the background and extension pages keep the real polyfill). It costs about 2.6 KB gzipped of every page's
 * content script, and the content script needs little of what it adds: Firefox has a promise-based `browser`
 * already, and Chrome's MV3 `chrome` returns promises from every call the content script makes (storage,
 * runtime.sendMessage). What Chrome lacks is a promise returned from a runtime.onMessage listener becoming the
 * reply, and a rejection sent by a polyfilled side arriving as an error: those two the polyfill's way, here.
 */
type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

interface ChromeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

interface ChromeRuntime {
  id?: string;
  onMessage: ChromeEvent<ChromeListener>;
  sendMessage(...args: unknown[]): Promise<unknown>;
}

// The polyfill's wire format for a listener's rejection, so both sides keep understanding each other.
const REJECTED = '__mozWebExtensionPolyfillReject__';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function promisingOnMessage(native: ChromeEvent<ChromeListener>): ChromeEvent<Listener> {
  const wrappers = new Map<Listener, ChromeListener>();
  return {
    addListener(listener) {
      if (wrappers.has(listener)) return;
      const wrapper: ChromeListener = (message, sender, sendResponse) => {
        const result = listener(message, sender);
        if (!isThenable(result)) return false;
        result.then(sendResponse, (error: unknown) =>
          sendResponse({ [REJECTED]: true, message: error instanceof Error ? error.message : 'An unexpected error occurred' }),
        );
        return true;
      };
      wrappers.set(listener, wrapper);
      native.addListener(wrapper);
    },
    removeListener(listener) {
      const wrapper = wrappers.get(listener);
      if (!wrapper) return;
      wrappers.delete(listener);
      native.removeListener(wrapper);
    },
    hasListener: (listener) => wrappers.has(listener),
  };
}

async function sendMessage(runtime: ChromeRuntime, args: unknown[]): Promise<unknown> {
  const reply = await runtime.sendMessage(...args);
  if ((reply as Record<string, unknown> | null)?.[REJECTED]) throw new Error(String((reply as { message?: unknown }).message));
  return reply;
}

function bound<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(on, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key];
      const value: unknown = Reflect.get(on, key);
      return typeof value === 'function' ? value.bind(on) : value;
    },
  });
}

function fromChrome(chrome: { runtime: ChromeRuntime }): unknown {
  const { runtime } = chrome;
  const onMessage = promisingOnMessage(runtime.onMessage);
  return bound(chrome, {
    runtime: bound(runtime, { onMessage, sendMessage: (...args: unknown[]) => sendMessage(runtime, args) }),
  });
}

const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime: ChromeRuntime } };

/** Firefox's own `browser`, else Chrome's `chrome` with the two differences above made good. */
const browser = scope.browser?.runtime?.id ? scope.browser : scope.chrome?.runtime?.id ? fromChrome(scope.chrome) : undefined;

export default browser;
