import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real ASP.NET (Mono + nginx) test bed; starts only when test/interop/ files are in the run.
    globalSetup: ['test/interop/global-setup.ts'],
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
