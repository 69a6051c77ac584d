/**
 * Where the corpus suite finds the full WSDL corpus: `SVCGEN_CORPUS` (default `../shared/corpus`
 * beside the repository). Only the corpus suite reads it; `npm test` without it skips that suite
 * with one line (test/corpus/global-setup.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/data.js';

export interface Corpus {
  /** True when the corpus folder holds the WSDL corpus. */
  readonly available: boolean;
  /** The corpus root (`SVCGEN_CORPUS`, default `../shared/corpus` beside the repository). */
  readonly root: string;
  /** `<root>/wsdl`: 474 WSDL/XSD files with `MANIFEST.tsv`. */
  readonly wsdl: string;
}

/** The external corpus the corpus suite reads. */
export function corpus(): Corpus {
  const root = path.resolve(REPO, process.env.SVCGEN_CORPUS || path.join('..', 'shared', 'corpus'));
  const wsdl = path.join(root, 'wsdl');
  return { available: existsSync(path.join(wsdl, 'MANIFEST.tsv')), root, wsdl };
}
