import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in real headless browsers. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
