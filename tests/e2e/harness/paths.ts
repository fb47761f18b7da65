import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The repository root, wherever the checkout lives. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const demoDir = resolve(repoRoot, 'demo');
export const fixturesDir = resolve(repoRoot, 'tests/fixtures');
