import { browser } from 'wxt/browser';

/**
 * Sites where the reader chose "not on this site". Kept in browser.storage.local (the extension's own storage,
 * unreadable by pages), as a list of host names, so the popup can read and change it too.
 */
export const DISABLED_HOSTS_KEY = 'newsmark:disabledHosts';

async function disabledHosts(): Promise<string[]> {
  const stored = await browser.storage.local.get(DISABLED_HOSTS_KEY);
  const list = stored[DISABLED_HOSTS_KEY];
  return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
}

export async function isSiteDisabled(host: string): Promise<boolean> {
  return (await disabledHosts()).includes(host);
}

export async function setSiteDisabled(host: string, disabled: boolean): Promise<void> {
  const hosts = new Set(await disabledHosts());
  if (disabled) hosts.add(host);
  else hosts.delete(host);
  await browser.storage.local.set({ [DISABLED_HOSTS_KEY]: [...hosts] });
}

/** Calls `onChange` when the list changes (for example the popup turns Newsmark back on for this site). */
export function watchSitePreference(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DISABLED_HOSTS_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
