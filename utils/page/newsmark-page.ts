import { browser } from 'wxt/browser';
import { notesMessenger, tabMessenger } from '../messaging/protocol';
import { forgetCardToken, registerCardToken } from './card-tokens';
import { claimsFromBackground } from './claims-from-background';
import { watchNavigation } from './navigation-watch';
import { followNoteFragment } from './note-fragment';
import type { PageState } from './page-state';
import { countClaims, summaryLine } from './page-summary';
import { PageSession } from './page-session';
import { isSiteDisabled, setSiteDisabled, watchSitePreference } from './site-preference';

const CARD_PAGE = '/note-card.html';

function emptyState(disabledOn: string | null): PageState {
  const claims = { quotes: [], statistics: [], syndication: [], sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 } };
  const counts = countClaims(claims);
  return {
    url: location.href,
    canonicalUrl: null,
    title: document.title || null,
    siteName: null,
    isArticle: false,
    counts,
    origin: null,
    syndication: [],
    sourcing: claims.sourcing,
    summary: summaryLine(counts, null),
    anchors: [],
    ...(disabledOn ? { disabledOn } : {}),
  };
}

/**
 * Newsmark in a tab for as long as the content script lives: one PageSession per document URL, replaced on
 * single-page-app navigations and when the reader turns the site on or off; all of it gone when `signal` aborts
 * (the extension was reloaded or removed).
 */
export function runNewsmark(signal: AbortSignal): void {
  let session: PageSession | null = null;
  let run: AbortController | null = null;
  // The host Newsmark stands aside on, so the popup can offer to turn it back on.
  let disabledOn: string | null = null;
  const cardBase = browser.runtime.getURL(CARD_PAGE);

  const restart = async () => {
    run?.abort();
    session = null;
    if (signal.aborted) return;
    const controller = new AbortController();
    run = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    disabledOn = null;
    const host = location.hostname;
    if (await isSiteDisabled(host).catch(() => false)) {
      if (!controller.signal.aborted) disabledOn = host;
      return;
    }
    if (controller.signal.aborted) return;
    session = new PageSession(
      document,
      {
        listNotes: (page) => notesMessenger.sendMessage('listPageNotes', page),
        detectClaims: (request) => claimsFromBackground(request, controller.signal),
        cardUrl: (token) => `${cardBase}#${token}`,
        cardOrigin: new URL(cardBase).origin,
        cardTokens: { register: registerCardToken, forget: forgetCardToken },
        disableSite: () => void setSiteDisabled(location.hostname, true),
      },
      controller.signal,
    );
    followNoteFragment(window, session, controller.signal);
  };

  tabMessenger.onMessage('getPageState', () => session?.state() ?? emptyState(disabledOn));
  tabMessenger.onMessage('revealNote', ({ data }) => session?.revealNote(data) ?? false);
  tabMessenger.onMessage('noteSelection', () => session?.noteSelection() ?? false);
  signal.addEventListener('abort', () => {
    run?.abort();
    tabMessenger.removeAllListeners();
  }, { once: true });

  watchNavigation(() => void restart(), signal);
  watchSitePreference(() => void restart(), signal);
  void restart();
}
