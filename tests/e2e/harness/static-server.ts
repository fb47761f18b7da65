import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { demoDir, fixturesDir } from './paths';

/** One request the server received, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
  at: number;
}

/** A page (or any resource) a test serves at an exact path. */
export type RouteContent =
  | { body: string | Buffer; type?: string; status?: number; headers?: Record<string, string> }
  | ((request: IncomingMessage, response: ServerResponse) => void);

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** Every request received so far (a live array). */
  requests: RecordedRequest[];
  /** Serves `content` at exactly `path` (query ignored); replaces an earlier route there. */
  route(path: string, content: RouteContent): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Default mounts: the demo article and the test fixtures. */
export const DEFAULT_MOUNTS: Record<string, string> = { '/demo/': demoDir, '/fixtures/': fixturesDir };

/**
 * A static file server on 127.0.0.1 with a random port: `/demo/…` serves demo/, `/fixtures/…` serves
 * tests/fixtures/, and routes added by a test win over files. Nothing is cached, so a reload always
 * reaches the server, and every request is recorded.
 */
export async function startStaticServer(options: { mounts?: Record<string, string> } = {}): Promise<StaticServer> {
  const mounts = options.mounts ?? DEFAULT_MOUNTS;
  const routes = new Map<string, RouteContent>();
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    response.on('finish', () =>
      requests.push({ method: request.method ?? 'GET', path, headers: request.headers, status: response.statusCode, at: Date.now() }),
    );
    response.setHeader('Cache-Control', 'no-store');
    const pathname = decodeURIComponent(new URL(path, 'http://127.0.0.1').pathname);
    const route = routes.get(pathname);
    if (route) return serveRoute(route, request, response);
    void serveFile(mounts, pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    requests,
    route: (path, content) => void routes.set(path, content),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveRoute(route: RouteContent, request: IncomingMessage, response: ServerResponse): void {
  if (typeof route === 'function') return route(request, response);
  response.writeHead(route.status ?? 200, { 'Content-Type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
  response.end(route.body);
}

async function serveFile(mounts: Record<string, string>, pathname: string, response: ServerResponse): Promise<void> {
  const file = resolveMounted(mounts, pathname);
  try {
    if (!file) throw new Error('not mounted');
    const path = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(path);
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
}

/** Maps a URL path into a mounted folder, refusing anything that climbs out of it. */
function resolveMounted(mounts: Record<string, string>, pathname: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file === dir || file.startsWith(dir + sep)) return file;
  }
  return null;
}
