// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { ClaimsRequest } from '../../../utils/analysis/assemble-analysis';
import type { Claims } from '../../../utils/analysis/types';
import { notesMessageListener } from '../../../utils/background/notes-service';
import { claimsFromBackground } from '../../../utils/page/claims-from-background';

const REQUEST: ClaimsRequest = { article: { text: '“Ferries run at dawn,” she said.', blocks: [{ start: 0, end: 32, kind: 'paragraph' }] }, context: { url: null, siteName: null } };
const CLAIMS: Claims = { quotes: [{ start: 0, end: 22, text: '“Ferries run at dawn,”', speaker: null }], statistics: [], syndication: [], sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 } };

/** A background whose detectClaims fails `failures` times (as while it restarts), then answers. */
function background(failures: number) {
  const handle = vi.fn(async () => {
    if (handle.mock.calls.length <= failures) throw new Error('The background is restarting');
    return CLAIMS;
  });
  fakeBrowser.runtime.onMessage.addListener(notesMessageListener({ detectClaims: handle }));
  return handle;
}

describe('claimsFromBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the background’s claims', async () => {
    const handle = background(0);
    expect(await claimsFromBackground(REQUEST, new AbortController().signal)).toEqual(CLAIMS);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('tries again when the background fails, and gives up quietly with null', async () => {
    const recovering = background(2);
    expect(await claimsFromBackground(REQUEST, new AbortController().signal)).toEqual(CLAIMS);
    expect(recovering).toHaveBeenCalledTimes(3);
    fakeBrowser.reset();
    const broken = background(Number.POSITIVE_INFINITY);
    expect(await claimsFromBackground(REQUEST, new AbortController().signal)).toBeNull();
    expect(broken).toHaveBeenCalledTimes(3);
  });

  it('stops asking once the page session is gone', async () => {
    const broken = background(Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    const answer = claimsFromBackground(REQUEST, controller.signal);
    controller.abort();
    expect(await answer).toBeNull();
    expect(broken).toHaveBeenCalledTimes(1);
  });
});
