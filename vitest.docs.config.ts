import { defineConfig } from 'vitest/config';

/** Tests of the docs site (docs/test/**): generate-script tests and the browser test on docs/build. */
export default defineConfig({
  test: {
    include: ['docs/test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
