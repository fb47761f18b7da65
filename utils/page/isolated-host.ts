/**
 * A host element for in-page UI with a CLOSED shadow root: page scripts see an empty <newsmark-ui> and can neither
 * read nor restyle what is inside. Inline !important styles keep page CSS from hiding or moving the host itself.
 */
export interface IsolatedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export const UI_TAG = 'newsmark-ui';

export function createIsolatedHost(doc: Document, css: string, hostStyle: Record<string, string> = {}): IsolatedHost {
  const host = doc.createElement(UI_TAG);
  const base: Record<string, string> = { display: 'block', margin: '0', padding: '0', border: '0', ...hostStyle };
  for (const [name, value] of Object.entries(base)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // Nothing the page sets on ancestors (font, colour, line height) leaks in.
  style.textContent = `:host { all: initial; }\n${css}`;
  root.appendChild(style);
  return { host, root };
}
