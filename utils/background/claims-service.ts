import type { ClaimsProtocol } from '../messaging/protocol';
import { ClaimsRequestSchema, parsePayload } from '../messaging/schemas';
import { detectClaims } from '../claims/detect-claims';

export type ClaimsHandlers = { [Type in keyof ClaimsProtocol]: (payload: unknown) => Promise<ReturnType<ClaimsProtocol[Type]>> };

/**
 * The background runs the claim detectors for the content scripts: their first run (regular expressions compiled,
 * code not yet optimised) would otherwise be a long task on the page's main thread. The text comes from a page,
 * so it is checked like any message before the detectors see it; nothing leaves the browser.
 */
export function createClaimsHandlers(): ClaimsHandlers {
  return {
    detectClaims: async (payload) => {
      const { article, context } = parsePayload(ClaimsRequestSchema, payload, 'detectClaims');
      return detectClaims(article, context);
    },
  };
}
