import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // PDF tests spawn child processes and the pipeline tests build databases: slow on 2 cores, not hung.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
