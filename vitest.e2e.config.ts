import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in real headless browsers. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // One more try only for a test whose browser stopped answering: an action past its deadline
    // (tests/e2e/harness/deadline.ts) or the test's own timeout. A reply lost by the DevTools protocol under load
    // then costs a retry, not the run; a failed assertion or a wait that saw the wrong thing is never retried.
    // `npm test` names every test that passed only on its second try, with the first try's error.
    retry: { count: 1, condition: /did not finish within \d+ ms|Test timed out in \d+ms/ },
    fileParallelism: false,
  },
});
