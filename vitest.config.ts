import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real ASP.NET (Mono + nginx) test bed; starts only when test/interop/ files are in the run.
    // The corpus suite (test/corpus/) reads the full WSDL corpus from SVCGEN_CORPUS.
    globalSetup: ['test/interop/global-setup.ts', 'test/corpus/global-setup.ts'],
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
