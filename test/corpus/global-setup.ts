/**
 * vitest globalSetup of the corpus suite (test/corpus/): the full WSDL corpus is read from
 * `SVCGEN_CORPUS` (default `../shared/corpus` beside the repository).
 *
 * - corpus present: nothing to do (the corpus test files run);
 * - corpus absent outside CI: one line says the corpus suite was skipped and how to run it;
 * - corpus absent with CI=true: the run fails, so CI never passes without the corpus suite.
 */
import { relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { corpus } from './location.js';

const CORPUS_DIR = `test${sep}corpus${sep}`;

export default async function setup(project: TestProject): Promise<void> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  const { testFiles } = await project.globTestFiles(filters);
  if (!testFiles.some((f) => relative(project.config.root, f).startsWith(CORPUS_DIR))) return;
  const c = corpus();
  if (c.available) return;
  const how = `set SVCGEN_CORPUS to the corpus folder (holding wsdl/MANIFEST.tsv) and run \`npm run test:corpus\``;
  if (process.env.CI === 'true') throw new Error(`corpus suite: no WSDL corpus at ${c.wsdl} (CI=true requires it); ${how}`);
  console.log(`[corpus] suite skipped: no WSDL corpus at ${c.wsdl}; to run it, ${how}`);
}
