import { defineConfig } from 'vitest/config';

// Several suites spawn the real CLI or drive a whole course through an LMS
// runtime; on a loaded CI machine those take seconds, not milliseconds.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
