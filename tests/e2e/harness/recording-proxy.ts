import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the browser sent through the proxy: every network request it made, from any context. */
export interface ProxiedRequest {
  method: string;
  /** The absolute URL (for CONNECT: `host:port`, the only part a TLS tunnel shows). */
  url: string;
  /** Whether the proxy passed it on (only to 127.0.0.1) or refused it. */
  forwarded: boolean;
  at: number;
}

export interface RecordingProxy {
  port: number;
  /** Every request received so far (a live array). */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy for a test browser that records every request and forwards only those to 127.0.0.1.
 * A browser pointed at it (loopback included) shows the test all its traffic, including what a
 * background page or service worker sends, and cannot reach the outside world during a test.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];

  const server = createServer((incoming, outgoing) => {
    const target = safeUrl(incoming.url ?? '');
    const forward = target?.hostname === '127.0.0.1' && target.protocol === 'http:';
    requests.push({ method: incoming.method ?? 'GET', url: incoming.url ?? '', forwarded: forward, at: Date.now() });
    if (!forward || !target) {
      outgoing.writeHead(502, { 'Content-Type': 'text/plain' }).end('Blocked by the Newsmark test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target.port || 80, path: target.pathname + target.search, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // TLS tunnels and WebSocket upgrades are recorded and refused: no test page needs them.
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', url: incoming.url ?? '', forwarded: false, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (incoming, socket) => {
    requests.push({ method: 'UPGRADE', url: incoming.url ?? '', forwarded: false, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
