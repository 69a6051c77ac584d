/**
 * vitest globalSetup: starts the interop test bed (Mono + nginx) once per run and provides its
 * base URL to the tests as `inject('interopBaseUrl')`.
 *
 * - Starts only when a test file under test/interop/ is part of the run (CLI file filters are
 *   honoured), so unit-only runs pay nothing.
 * - `SVCGEN_INTEROP_URL=http://127.0.0.1:PORT` uses servers started by hand instead.
 * - When the binaries are missing it provides the reason instead; test/interop/env.ts turns that
 *   into skipped tests (outside CI) or a loud failure (CI=true).
 */
import { relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { interopAvailability, startInterop, type InteropServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the running test bed, '' when not started. */
    interopBaseUrl: string;
    /** Why the test bed is not running ('' when it is). */
    interopUnavailable: string;
  }
}

const INTEROP_DIR = `test${sep}interop${sep}`;

async function interopFilesInRun(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.some((f) => relative(project.config.root, f).startsWith(INTEROP_DIR));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.SVCGEN_INTEROP_URL;
  if (external !== undefined && external !== '') {
    project.provide('interopBaseUrl', external.replace(/\/+$/, ''));
    project.provide('interopUnavailable', '');
    return undefined;
  }
  if (!(await interopFilesInRun(project))) {
    project.provide('interopBaseUrl', '');
    project.provide('interopUnavailable', 'no interop test file in this run');
    return undefined;
  }
  const availability = interopAvailability();
  if (!availability.available) {
    project.provide('interopBaseUrl', '');
    project.provide('interopUnavailable', availability.reason ?? 'unavailable');
    return undefined;
  }
  const t0 = Date.now();
  const server: InteropServer = await startInterop({ timeoutMs: 150_000 });
  console.log(`[interop] Mono + nginx ready at ${server.baseUrl} in ${Date.now() - t0} ms`);
  project.provide('interopBaseUrl', server.baseUrl);
  project.provide('interopUnavailable', '');
  return () => server.stop();
}
