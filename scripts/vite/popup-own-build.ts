import type { Entrypoint } from 'wxt';

type EntrypointGroup = Entrypoint | Entrypoint[];

/**
 * Takes the popup out of the build it shares with the other extension pages, so nothing it imports is split
 * into chunks shared with the library: the popup loads one script instead of three, which its 100 ms budget
 * (`npm run bench:popup`) notices. Its code is small; the library keeps its own copy of the shared modules.
 */
export function popupOnItsOwn(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const at = group.findIndex((entrypoint) => entrypoint.type === 'popup');
    if (at < 0 || group.length === 1) continue;
    const [popup] = group.splice(at, 1);
    groups.push([popup!]);
    return;
  }
}
