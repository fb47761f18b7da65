/**
 * Chromium driven over the DevTools protocol on a pipe, attached only to the pages the bench asks for.
 *
 * Playwright attaches to every new page and holds it until its own setup is done (about 60-80 ms on this
 * machine); a popup opened under Playwright starts its script that much later than a reader's does. Here a
 * page is attached to only when `attach` is called, so the popup window the bench opens runs unobserved.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { extensionBrowserFlags } from '../../tests/e2e/harness/chromium';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** One attached page: evaluates an expression there and hands back its (JSON) value. */
export interface PageSession {
  evaluate<T>(expression: string): Promise<T>;
  navigate(url: string): Promise<void>;
  detach(): Promise<void>;
}

export interface PipeChromium {
  /** The extension loaded with --load-extension, read from its service worker's URL. */
  extensionOrigin(): Promise<string>;
  /** A new tab at about:blank, attached. */
  newPage(): Promise<PageSession>;
  /** Attaches to the first page whose URL starts with `urlPrefix`. */
  attach(urlPrefix: string): Promise<PageSession>;
  close(): Promise<void>;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

const CALL_TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function launchPipeChromium(executable: string, extensionDir: string): PipeChromium {
  const profileDir = mkdtempSync(join(tmpdir(), 'newsmark-bench-popup-'));
  const child: ChildProcess = spawn(
    executable,
    [
      '--remote-debugging-pipe',
      '--headless',
      `--user-data-dir=${profileDir}`,
      ...extensionBrowserFlags(extensionDir),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let lastId = 0;
  let received = '';
  // The protocol on a pipe: one JSON message per NUL-terminated record.
  fromBrowser.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
    for (let end = received.indexOf('\0'); end >= 0; end = received.indexOf('\0')) {
      const message = JSON.parse(received.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
      received = received.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const waiting of pending.values()) waiting.reject(new Error('Chromium exited'));
    pending.clear();
  });

  function send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++lastId;
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise<T>((resolve, reject) => {
      // A call that never gets an answer names itself instead of hanging the bench.
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`bench:popup: no answer to ${method} within ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
      const settle = <V>(settleWith: (value: V) => void) => (value: V) => {
        clearTimeout(timer);
        settleWith(value);
      };
      pending.set(id, { resolve: settle(resolve as (value: unknown) => void), reject: settle(reject) });
    });
  }

  async function findTarget(matches: (target: TargetInfo) => boolean): Promise<TargetInfo> {
    for (let tries = 0; tries < 300; tries++) {
      const { targetInfos } = await send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
      const found = targetInfos.find(matches);
      if (found) return found;
      await sleep(100);
    }
    throw new Error('bench:popup: Chromium never showed the expected target');
  }

  async function attachTo(targetId: string): Promise<PageSession> {
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return {
      async evaluate<T>(expression: string) {
        const answer = await send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
        return answer.result.value;
      },
      async navigate(url) {
        await send('Page.navigate', { url }, sessionId);
      },
      async detach() {
        await send('Target.detachFromTarget', { sessionId });
      },
    };
  }

  return {
    async extensionOrigin() {
      const worker = await findTarget((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
      // URL's origin is "null" for schemes Node does not know; the host is the extension id.
      return `chrome-extension://${new URL(worker.url).host}`;
    },
    async newPage() {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      return attachTo(targetId);
    },
    async attach(urlPrefix) {
      const target = await findTarget((candidate) => candidate.type === 'page' && candidate.url.startsWith(urlPrefix));
      return attachTo(target.targetId);
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) child.kill();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
