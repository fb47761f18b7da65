import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../../utils/page/content-script-browser.ts', import.meta.url));

/**
 * In the content script's build only, `webextension-polyfill` (imported through `wxt/browser` and by
 * @webext-core/messaging) resolves to utils/page/content-script-browser.ts: the content script ships in every
 * page, and the polyfill is a sixth of it. The background and the extension pages keep the real polyfill.
 * WXT builds each content script in a build of its own, whose input names the entrypoint.
 */
export function contentScriptBrowser(): Plugin {
  let contentScriptBuild = false;
  return {
    name: 'newsmark:content-script-browser',
    enforce: 'pre',
    options(options) {
      contentScriptBuild = /entrypoints[\\/]content[\\/]/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(source) {
      return contentScriptBuild && source === 'webextension-polyfill' ? STAND_IN : null;
    },
  };
}
