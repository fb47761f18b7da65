// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Toast, type ToastMessage } from '../../../components/notes/Toast';
import { byText, click, mount, waitFor } from './render';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Toast', () => {
  it('keeps its live region in the page even with no message, so the first message is announced', async () => {
    const view = await mount(<Toast message={null} onDismiss={() => undefined} />);
    cleanup = view.unmount;
    const region = view.container.querySelector('.nm-toast-region')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });

  it('goes away by itself when left alone', async () => {
    let dismissed = 0;
    const view = await mount(<Toast message={{ id: 1, text: 'Exported.' }} onDismiss={() => dismissed++} timeoutMs={40} />);
    cleanup = view.unmount;
    await waitFor(() => expect(dismissed).toBeGreaterThan(0));
  });

  it('stays while keyboard focus is on its action, and runs the action', async () => {
    let dismissed = 0;
    let undone = 0;
    const message: ToastMessage = { id: 2, text: 'Note deleted.', action: { label: 'Undo', run: () => undone++ }, focus: true };
    const view = await mount(<Toast message={message} onDismiss={() => dismissed++} timeoutMs={40} />);
    cleanup = view.unmount;
    const undo = byText(view.container, 'button', 'Undo');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await sleep(150);
    expect(dismissed).toBe(0);
    undo.blur();
    await waitFor(() => expect(dismissed).toBeGreaterThan(0));
    // (jsdom keeps a clicked element :hover for good, so the click comes last.)
    await click(undo);
    expect(undone).toBe(1);
  });
});
