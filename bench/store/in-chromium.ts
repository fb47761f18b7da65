/**
 * Runs the store benchmark in headless Chromium: the store code is bundled with Vite, served on 127.0.0.1
 * and run in a page, so Dexie works on Chromium's real IndexedDB (the engine the extension's background uses),
 * in a profile on disk as a reader's is (a default Playwright context keeps IndexedDB in memory).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const CHROMIUM = '/usr/bin/chromium';

/** `keptProfile`: a profile directory to keep after the run, whose database a later run measures without loading again. */
export async function runInChromium(pages: number, vocabularyText: string, settleMs = 0, importFile = true, keptProfile?: string): Promise<string | null> {
  if (!existsSync(CHROMIUM)) return null;
  const outDir = mkdtempSync(join(tmpdir(), 'newsmark-bench-store-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)), formats: ['es'], fileName: () => 'bench.js' },
      },
    });
    // The bench's script and what the build split off it (the export worker), by name.
    const scripts = new Map(readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js')).map((name) => [`/${name}`, readFileSync(join(outDir, name))]));
    const server = createServer((request, response) => {
      const script = scripts.get(request.url ?? '');
      if (script) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      } else {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
      }
    });
    // IndexedDB belongs to the origin, port included: a kept profile is served on the port it was made on.
    const portFile = keptProfile && join(keptProfile, 'newsmark-bench-port');
    const keptPort = portFile && existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 0;
    await new Promise<void>((resolve) => server.listen(keptPort, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    if (keptProfile) {
      mkdirSync(keptProfile, { recursive: true });
      writeFileSync(portFile!, String(port));
    }
    const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'newsmark-bench-store-profile-'));
    const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      page.on('console', (message) => console.log(`  [chromium]${message.text()}`));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => typeof window.runStoreBench === 'function');
      page.setDefaultTimeout(30 * 60_000);
      return await page.evaluate(([count, text, settle, doImport, keep]) => window.runStoreBench(count, text, settle, doImport, keep), [pages, vocabularyText, settleMs, importFile, !!keptProfile] as const);
    } finally {
      await browser.close();
      server.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
