/**
 * Runs inside an extension page (never in Node): the id of the tab the user was on before this one,
 * i.e. what a toolbar popup would call its "current tab". Needs no `tabs` permission: ids and
 * lastAccessed are visible without it, URLs are not.
 */
export async function previousTabIdInExtensionPage(): Promise<number> {
  type Tab = { id?: number; lastAccessed?: number };
  type TabsApi = { getCurrent(): Promise<Tab | undefined>; query(info: object): Promise<Tab[]> };
  const api = (globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } });
  const tabs = (api.browser ?? api.chrome)!.tabs;
  const self = await tabs.getCurrent();
  const others = (await tabs.query({})).filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (!others[0]) throw new Error('No other tab is open');
  return others[0].id!;
}
