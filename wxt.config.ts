import { defineConfig } from 'wxt';
import { popupOnItsOwn } from './scripts/vite/popup-own-build';
import { preactWithoutRawHtml } from './scripts/vite/preact-without-raw-html';

// Firefox gets MV2 (see README, "Why MV2 on Firefox"); Chrome gets MV3.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the analysis core also runs in Node, where no auto-import exists.
  imports: false,
  // Parallel builds (tests, benchmarks, npm start) each write their own folder when NEWSMARK_OUT_DIR is set.
  outDir: process.env.NEWSMARK_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Newsmark',
    description:
      'Marks quotes, statistics and syndication notices on news articles and keeps your notes on them. Nothing leaves your browser.',
    // storage: the reader's "not on this site" list (browser.storage.local, out of the pages' reach).
    permissions: ['contextMenus', 'storage'],
    // The note card is an extension page framed into articles, so page scripts can never read a note.
    // Written in the MV3 form; WXT turns it into the MV2 list for Firefox.
    web_accessible_resources: [{ resources: ['note-card.html'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note on the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko: {
              id: 'newsmark@newsmark.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The popup's script in one file (scripts/vite/popup-own-build.ts).
    'entrypoints:grouped': (_wxt, groups) => popupOnItsOwn(groups),
  },
  vite: () => ({
    plugins: [preactWithoutRawHtml()],
    // Rolldown writes characters such as Dexie's U+FFFF raw; Chrome then refuses the whole extension
    // as "not UTF-8 encoded". ASCII output escapes them, in the library's export worker too (a bundle of its own).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    worker: { rolldownOptions: { output: { charset: 'ascii' } } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
