import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a component into a fresh container in the jsdom document and returns helpers to drive it. */
export async function mount(vnode: VNode) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(vnode, container));
  return {
    container,
    /** Inside act(), so no effect is left scheduled for after the test's DOM is gone. */
    async unmount() {
      await act(() => render(null, container));
      container.remove();
    },
  };
}

/** Waits until `check` passes (it throws until then), letting Preact and pending promises settle between tries. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const began = Date.now();
  for (;;) {
    try {
      return check();
    } catch (failure) {
      if (Date.now() - began > timeoutMs) throw failure;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export function byText(root: ParentNode, selector: string, text: string | RegExp): HTMLElement {
  const match = [...root.querySelectorAll<HTMLElement>(selector)].find((element) =>
    typeof text === 'string' ? element.textContent?.trim() === text : text.test(element.textContent ?? ''),
  );
  if (!match) throw new Error(`No ${selector} with text ${String(text)}`);
  return match;
}

/** The form control whose <label> reads `label` (how a person and a screen reader find it). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const labelElement = [...root.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  if (!labelElement) throw new Error(`No label "${label}"`);
  const control = labelElement.htmlFor ? document.getElementById(labelElement.htmlFor) : null;
  if (!control) throw new Error(`Label "${label}" names no control`);
  return control as T;
}

export async function click(element: HTMLElement) {
  await act(() => element.click());
}

export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(element: HTMLSelectElement | HTMLInputElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
