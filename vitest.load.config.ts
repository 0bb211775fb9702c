import { defineConfig } from 'vitest/config';

/** `npm run test:load`: the heavy suites (hostile folder at full size, load through the Discord stand-in, soak), one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/load/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
