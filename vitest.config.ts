import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Refuses to run the CLI tests against a dist/ older than the sources; keeps the tests' temporary
    // folders in one, removed after the run.
    globalSetup: ['test/helpers/fresh-build.ts', 'test/helpers/temp-root.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
