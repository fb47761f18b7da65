/**
 * Draws Newsmark's toolbar and store icons (public/icon/<size>.png, which WXT puts in the manifest).
 * A news page with a marked line under a bookmark ribbon; small sizes get simpler drawings that stay legible.
 * Run `npx tsx scripts/draw-icons.ts` after changing a drawing; the PNGs are committed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/harness/chromium';

const ACCENT = '#1d4ed8';
const INK = '#1b1f24';
const GREY = '#a3abb6';
const MARKER = '#f59e0b';

/** Drawn on a 128-unit grid, for 48 px and up. */
const DETAILED = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${ACCENT}"/>
  <rect x="26" y="20" width="76" height="90" rx="7" fill="#fff"/>
  <rect x="37" y="33" width="38" height="10" rx="2" fill="${INK}"/>
  <rect x="37" y="52" width="54" height="5" rx="2" fill="${GREY}"/>
  <rect x="37" y="63" width="54" height="5" rx="2" fill="${GREY}"/>
  <rect x="37" y="74" width="44" height="5" rx="2" fill="${INK}"/>
  <rect x="37" y="82" width="44" height="4" rx="1.5" fill="${MARKER}"/>
  <rect x="37" y="92" width="30" height="5" rx="2" fill="${GREY}"/>
  <path d="M80 14 H96 V50 L88 43 L80 50 Z" fill="${MARKER}"/>
</svg>`;

/** Drawn on a 32-unit grid, for 32 px: fewer, thicker strokes. */
const SIMPLE = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="0.5" y="0.5" width="31" height="31" rx="7" fill="${ACCENT}"/>
  <rect x="6" y="5" width="20" height="23" rx="2" fill="#fff"/>
  <rect x="9" y="9" width="8" height="3" fill="${INK}"/>
  <rect x="9" y="15" width="14" height="2" fill="${GREY}"/>
  <rect x="9" y="20" width="14" height="3" fill="${MARKER}"/>
  <path d="M19 3 H24 V13 L21.5 11 L19 13 Z" fill="${MARKER}"/>
</svg>`;

/** Drawn pixel by pixel on a 16-unit grid: whole pixels only, so nothing blurs. */
const TINY = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" shape-rendering="crispEdges">
  <rect x="0" y="0" width="16" height="16" rx="3" fill="${ACCENT}"/>
  <rect x="3" y="2" width="10" height="12" fill="#fff"/>
  <rect x="4" y="4" width="4" height="2" fill="${INK}"/>
  <rect x="4" y="8" width="8" height="1" fill="${GREY}"/>
  <rect x="4" y="10" width="8" height="2" fill="${MARKER}"/>
  <rect x="9" y="1" width="3" height="5" fill="${MARKER}"/>
</svg>`;

const SIZES: [number, string][] = [
  [16, TINY],
  [32, SIMPLE],
  [48, DETAILED],
  [96, DETAILED],
  [128, DETAILED],
];

const iconDir = resolve(import.meta.dirname, '../public/icon');
mkdirSync(iconDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [size, svg] of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: join(iconDir, `${size}.png`), omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
