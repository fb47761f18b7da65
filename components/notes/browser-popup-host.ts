import { browser } from 'wxt/browser';
import { notesMessenger, tabMessenger } from '../../utils/messaging/protocol';
import { setSiteDisabled } from '../../utils/page/site-preference';
import type { PopupHost } from './popup-host';

/**
 * The popup's view of the browser. `?tabId=N` points it at a given tab: the e2e tests open the popup as a tab of
 * its own, where "the active tab" would be the popup itself.
 */
export function createBrowserPopupHost(location: Location): PopupHost {
  return {
    async tabId() {
      const requested = Number(new URLSearchParams(location.search).get('tabId'));
      if (Number.isInteger(requested) && requested > 0) return requested;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    pageState: (tabId) => tabMessenger.sendMessage('getPageState', undefined, tabId),
    pageNotes: (page) => notesMessenger.sendMessage('listPageNotes', page),
    tabNotes: (tabId) => notesMessenger.sendMessage('listTabNotes', tabId),
    revealNote: (tabId, noteId) => tabMessenger.sendMessage('revealNote', noteId, tabId),
    enableSite: (host) => setSiteDisabled(host, false),
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    close: () => window.close(),
  };
}
