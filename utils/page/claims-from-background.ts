import type { ClaimsRequest } from '../analysis/assemble-analysis';
import type { Claims } from '../analysis/types';
import { claimsMessenger } from '../messaging/protocol';

const ATTEMPTS = 3;
const RETRY_DELAY_MS = 250;

/**
 * Asks the background to find the claims of an article. A stopped service worker wakes on the message, but one that
 * is starting or an extension being reloaded can miss it: a couple of retries, then null (no marks this pass, and
 * nothing on the page's console). Stops early, with null, when `signal` aborts.
 */
export async function claimsFromBackground(request: ClaimsRequest, signal: AbortSignal): Promise<Claims | null> {
  for (let attempt = 1; attempt <= ATTEMPTS && !signal.aborted; attempt++) {
    try {
      return await claimsMessenger.sendMessage('detectClaims', request);
    } catch {
      if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
  return null;
}
