/**
 * Calls `onNavigate` when a single-page app moves to another document URL (history.pushState, replaceState,
 * popstate), but not for changes of the fragment alone. A content script cannot hook the page's own history
 * methods (they live in the page's world), so it listens where it can and checks the URL as a fallback.
 */
export function watchNavigation(onNavigate: (url: string) => void, signal: AbortSignal, pollMs = 500): void {
  const withoutHash = (href: string) => href.split('#', 1)[0]!;
  let current = withoutHash(location.href);
  const check = () => {
    const next = withoutHash(location.href);
    if (next === current) return;
    current = next;
    onNavigate(location.href);
  };
  window.addEventListener('popstate', () => setTimeout(check, 0), { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
