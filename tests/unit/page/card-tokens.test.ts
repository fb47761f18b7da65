import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimCardToken, forgetCardToken, registerCardToken } from '../../../utils/page/card-tokens';

describe('card tokens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts a token Newsmark registered, once', async () => {
    await registerCardToken('a'.repeat(32));
    expect(await claimCardToken('a'.repeat(32))).toBe(true);
    expect(await claimCardToken('a'.repeat(32))).toBe(false);
  });

  it('refuses a token a page made up, a forgotten one and a stale one', async () => {
    expect(await claimCardToken('b'.repeat(32))).toBe(false);
    await registerCardToken('c'.repeat(32));
    await forgetCardToken('c'.repeat(32));
    expect(await claimCardToken('c'.repeat(32))).toBe(false);
    await registerCardToken('d'.repeat(32));
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    expect(await claimCardToken('d'.repeat(32))).toBe(false);
    vi.restoreAllMocks();
  });
});
