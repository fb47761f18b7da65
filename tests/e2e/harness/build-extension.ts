import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './paths';

/** The two built extensions the e2e tests load. */
export interface ExtensionBuild {
  /** The NEWSMARK_OUT_DIR both builds were written to. */
  outDir: string;
  chromeDir: string;
  firefoxDir: string;
}

/** Everything that changes what `wxt build` writes. */
const BUILD_INPUTS = [
  'entrypoints', 'components', 'utils', 'public', 'assets', 'locales', 'modules',
  'wxt.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json',
];
const CACHE_PREFIX = 'newsmark-e2e-build-';
const COMPLETE_MARKER = '.newsmark-build-complete';
const UNUSED_BUILD_MS = 2 * 60 * 60_000;
const STALE_LOCK_MS = 5 * 60_000;

let pending: Promise<ExtensionBuild> | undefined;

/**
 * The built Chrome MV3 and Firefox MV2 extensions.
 *
 * With NEWSMARK_EXTENSION_DIR set (as `npm test` does after its build step), that folder is used as is.
 * Otherwise both are built once into a temp folder named after a hash of the sources: every e2e file of
 * a run (each in its own worker) and every later run with unchanged sources reuse it, and a lock keeps
 * two processes from building the same folder at once.
 */
export function getExtensionBuild(): Promise<ExtensionBuild> {
  pending ??= resolveBuild();
  return pending;
}

async function resolveBuild(): Promise<ExtensionBuild> {
  const given = process.env.NEWSMARK_EXTENSION_DIR;
  if (given) {
    const build = buildAt(given);
    for (const dir of [build.chromeDir, build.firefoxDir]) {
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new Error(`NEWSMARK_EXTENSION_DIR=${given}, but ${dir}/manifest.json is missing: build into it first`);
      }
    }
    return build;
  }
  const outDir = join(tmpdir(), `${CACHE_PREFIX}${hashBuildInputs()}`);
  const build = buildAt(outDir);
  const marker = join(outDir, COMPLETE_MARKER);
  if (!existsSync(marker)) {
    await withLock(`${outDir}.lock`, async () => {
      if (existsSync(marker)) return;
      rmSync(outDir, { recursive: true, force: true });
      await runWxtBuild(outDir, []);
      await runWxtBuild(outDir, ['-b', 'firefox']);
      writeFileSync(marker, new Date().toISOString());
    });
  }
  // The marker's age is the build's last use: builds of older sources nobody used for a while are removed.
  utimesSync(marker, new Date(), new Date());
  removeUnusedBuilds(outDir);
  return build;
}

function removeUnusedBuilds(current: string): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith(CACHE_PREFIX) || name.endsWith('.lock') || dir === current || existsSync(`${dir}.lock`)) continue;
    try {
      if (Date.now() - statSync(join(dir, COMPLETE_MARKER)).mtimeMs > UNUSED_BUILD_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // No marker: a build in progress or one that failed; its own process deals with it.
    }
  }
}

function buildAt(outDir: string): ExtensionBuild {
  return { outDir, chromeDir: join(outDir, 'chrome-mv3'), firefoxDir: join(outDir, 'firefox-mv2') };
}

function hashBuildInputs(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(join(repoRoot, input))).sort()) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => listFiles(join(path, name)));
}

/** Builds one browser's extension into outDir; rejects with wxt's own output when it fails. */
export function runWxtBuild(outDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules/.bin/wxt'), ['build', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NEWSMARK_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`wxt build ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  });
}

/** mkdir is atomic: whoever creates the lock folder builds, the others wait for it to go away. */
async function withLock(lockDir: string, work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockAge(lockDir) > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockAge(lockDir: string): number {
  try {
    return Date.now() - statSync(lockDir).mtimeMs;
  } catch {
    return 0;
  }
}
