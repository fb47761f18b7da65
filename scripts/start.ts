/**
 * `npm start`: builds the Chrome extension and opens the bundled demo article with it in Chromium.
 * With a display, a real window that stays until Ctrl-C. Without one (CI, SSH), headless: waits for the
 * marks, writes .demo/newsmark-demo.png and prints what Newsmark marked.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { runWxtBuild } from '../tests/e2e/harness/build-extension';
import { launchChromium, type ChromiumExtension } from '../tests/e2e/harness/chromium';
import { startStaticServer } from '../tests/e2e/harness/static-server';

const root = resolve(import.meta.dirname, '..');
const demoOut = join(root, '.demo');
const screenshotPath = join(demoOut, 'newsmark-demo.png');
const MARKS_TIMEOUT_MS = 30_000;

interface MarkedClaim {
  kind: string;
  text: string;
  /** The mark's accessible name, which carries the speaker or the source. */
  label: string;
}

async function main(): Promise<number> {
  const buildDir = join(demoOut, 'build');
  console.log('Building the Chrome extension...');
  rmSync(buildDir, { recursive: true, force: true });
  await runWxtBuild(buildDir, []);

  const server = await startStaticServer();
  const articleUrl = server.url('/demo/article.html');
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const chromium = await launchChromium({ extensionDir: join(buildDir, 'chrome-mv3'), headless: !headed });
  try {
    const article = await chromium.openPage(articleUrl);
    console.log(`Demo article: ${articleUrl}`);
    if (headed) {
      console.log('Newsmark is running in the Chromium window. Press Ctrl-C to stop.');
      await untilStopped(chromium);
      return 0;
    }
    return await reportHeadless(chromium, article);
  } finally {
    await chromium.close().catch(() => undefined);
    await server.close();
  }
}

async function reportHeadless(chromium: ChromiumExtension, article: Page): Promise<number> {
  const marked = await article
    .locator('newsmark-mark')
    .first()
    .waitFor({ state: 'attached', timeout: MARKS_TIMEOUT_MS })
    .then(() => true, () => false);
  mkdirSync(demoOut, { recursive: true });
  await article.screenshot({ path: screenshotPath, fullPage: true });
  const shown = relative(process.cwd(), screenshotPath) || screenshotPath;
  if (!marked) {
    console.log(`No marks appeared on the demo article within ${MARKS_TIMEOUT_MS / 1000} s: Newsmark marked nothing.`);
    console.log(`Screenshot of the unmarked page: ${shown}`);
    return 1;
  }
  // Marks keep arriving in small batches (the page is never blocked): wait until the count holds still.
  await settleMarks(article);
  const claims = await readClaims(article);
  console.log(`\n${await summaryLine(chromium, article)}\n`);
  for (const claim of claims) {
    console.log(`${claim.kind.padEnd(11)} ${clip(claim.text, 90)}`);
    if (claim.label) console.log(`${''.padEnd(11)} ${claim.label}`);
  }
  console.log(`\n${claims.length} marks. Screenshot: ${shown}`);
  return 0;
}

async function settleMarks(article: Page): Promise<void> {
  let last = -1;
  for (let round = 0; round < 40; round++) {
    const count = await article.locator('newsmark-mark').count();
    if (count === last) return;
    last = count;
    await article.waitForTimeout(250);
  }
}

/** One entry per claim: a claim split across elements is several marks sharing one id. */
function readClaims(article: Page): Promise<MarkedClaim[]> {
  return article.evaluate(() => {
    const claims = new Map<string, { kind: string; text: string; label: string }>();
    for (const mark of Array.from(document.querySelectorAll('newsmark-mark'))) {
      const id = mark.getAttribute('data-newsmark-id') ?? String(claims.size);
      const claim = claims.get(id) ?? { kind: mark.getAttribute('data-newsmark-kind') ?? '?', text: '', label: '' };
      claim.text += mark.textContent ?? '';
      claim.label ||= mark.getAttribute('aria-label') ?? '';
      claims.set(id, claim);
    }
    return [...claims.values()];
  });
}

/** The page summary as the popup shows it to a reader (its counts, and the story's origin when syndicated), on one line. */
async function summaryLine(chromium: ChromiumExtension, article: Page): Promise<string> {
  const popup = await chromium.openPopup(article);
  try {
    const facts = popup.locator('.nm-summary .nm-stats li, .nm-summary .nm-origin');
    await facts.first().waitFor({ timeout: 15_000 });
    return (await facts.allTextContents()).map((fact) => fact.replace(/\s+/g, ' ').trim()).join(' · ');
  } catch {
    return '(the popup showed no page summary)';
  } finally {
    await article.bringToFront();
    await popup.close();
  }
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function untilStopped(chromium: ChromiumExtension): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    chromium.context.once('close', () => done());
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
