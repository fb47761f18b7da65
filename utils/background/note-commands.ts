import { browser, type Browser } from 'wxt/browser';
import { tabMessenger } from '../messaging/protocol';

const MENU_ID = 'newsmark-add-note';
const COMMAND = 'add-note';

async function noteSelectionIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    await tabMessenger.sendMessage('noteSelection', undefined, { tabId, frameId: 0 });
  } catch {
    // No content script in that tab (a browser page, a site where Newsmark is off): nothing to do.
  }
}

/** "Add note" on a selection: the context-menu entry and the keyboard command both ask the tab's content script. */
export function registerNoteCommands(): void {
  // At every start, not only on install: Firefox forgets MV2 menus when the browser restarts, and removing first
  // keeps a restarted Chrome service worker from creating a duplicate.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Add note', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }));
  browser.contextMenus.onClicked.addListener((info, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_ID) void noteSelectionIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await noteSelectionIn(tab?.id);
  });
}
