import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // The property suite builds deployments of up to 300 agencies; give workers room beyond the
    // default heap (about 4 GB here) rather than letting a large case kill one.
    execArgv: ['--max-old-space-size=8192'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
