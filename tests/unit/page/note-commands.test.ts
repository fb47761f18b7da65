import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { registerNoteCommands } from '../../../utils/background/note-commands';

type CommandListener = (command: string) => Promise<void>;

describe('note commands', () => {
  let onCommand: CommandListener;
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has neither context menus nor commands: capture what the background registers.
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(browser.contextMenus, 'create').mockReturnValue('newsmark-add-note');
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as unknown as CommandListener;
    });
  });

  afterEach(() => vi.restoreAllMocks());

  it('creates the Add note menu entry for selections', async () => {
    registerNoteCommands();
    await vi.waitFor(() => expect(browser.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Add note', contexts: ['selection'] })));
  });

  it('asks the active tab to start a note on its selection when the add-note command fires', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => ({ res: true })) as never);
    const query = vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
    registerNoteCommands();
    await onCommand('add-note');
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ active: true }));
    expect(send).toHaveBeenCalledTimes(1);
    const [tabId, message] = send.mock.calls[0]! as unknown[];
    expect(tabId).toBe(7);
    expect(message).toMatchObject({ type: 'noteSelection' });
  });

  it('ignores other commands', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => ({ res: true })) as never);
    registerNoteCommands();
    await onCommand('something-else');
    expect(send).not.toHaveBeenCalled();
  });
});
