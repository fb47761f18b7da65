import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getExtensionBuild, type ExtensionBuild } from './harness/build-extension';

/** Every .js file under dir. */
function listJsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

/** Offset of the first byte above 0x7f, or -1. */
function firstNonAsciiByte(bytes: Uint8Array): number {
  return bytes.findIndex((byte) => byte > 0x7f);
}

// Chrome refuses a whole extension whose scripts are not valid UTF-8 as it reads them, and Rolldown writes
// characters such as U+FFFF raw unless told to escape them (TOOLCHAIN.md, "the Vite 8 trap").
describe('built scripts are ASCII-only', () => {
  let build: ExtensionBuild;
  beforeAll(async () => {
    build = await getExtensionBuild();
  });

  it('the check finds a raw non-ASCII character', () => {
    expect(firstNonAsciiByte(Buffer.from('const s = "\\uffff";'))).toBe(-1);
    expect(firstNonAsciiByte(Buffer.from('const s = "\uffff";'))).toBe(11);
  });

  for (const target of ['chromeDir', 'firefoxDir'] as const) {
    it(`in ${target === 'chromeDir' ? 'chrome-mv3' : 'firefox-mv2'}`, () => {
      const dir = build[target];
      const files = listJsFiles(dir);
      expect(files.map((file) => relative(dir, file))).toEqual(
        expect.arrayContaining(['background.js', 'content-scripts/content.js']),
      );
      const offenders = files.flatMap((file) => {
        const offset = firstNonAsciiByte(readFileSync(file));
        return offset === -1 ? [] : [`${relative(dir, file)} at byte ${offset}`];
      });
      expect(offenders).toEqual([]);
    });
  }
});
