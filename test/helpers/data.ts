/**
 * Where the test data lives. Everything `npm test` reads is inside the repository:
 *
 * - the seed specs under `specs/` (one folder per service; `seedPath('000_…txt')` finds one);
 * - `test/data/helppages/`: real ASMX and Web API help pages;
 * - `test/data/node-soap-samples/`: node-soap's golden request/response pairs (MIT);
 * - `test/data/wsdl/`: a curated subset of the WSDL corpus (its own `MANIFEST.tsv`).
 *
 * The full WSDL corpus (474 files) is read only by the corpus suite (`test/corpus/`), from
 * `SVCGEN_CORPUS`: see test/corpus/location.ts.
 * See test/data/README.md for each file's origin.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing separator. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DATA = path.join(REPO, 'test', 'data');
export const SPECS = path.join(REPO, 'specs');
export const HELPPAGES = path.join(DATA, 'helppages');
export const NODE_SOAP_SAMPLES = path.join(DATA, 'node-soap-samples');
/** The curated WSDL subset (same layout and manifest columns as the corpus). */
export const WSDL_SUBSET = path.join(DATA, 'wsdl');

/** The seed files, by file name: the five seeds live byte for byte in `specs/<service>/`. */
const SEED_NAMES = ['000_18db1e799f7d8e75.txt', '001_4162bf955ea22d00.txt', '002_4b29a305a994e0e0.txt', '003_2ef636b388e450eb.txt', '004_8931eb82c0deeb06.txt'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

/** Absolute paths of the five seeds. */
export function seedPaths(): string[] {
  return SEED_NAMES.map((n) => seedPath(n));
}

/** Absolute path of one seed under `specs/`. */
export function seedPath(name: SeedName): string {
  for (const dir of readdirSync(SPECS)) {
    const p = path.join(SPECS, dir, name);
    if (existsSync(p)) return p;
  }
  throw new Error(`seed ${name} is not under ${SPECS}`);
}

/** A help page of test/data/helppages/. */
export function helpPage(name: string): string {
  return path.join(HELPPAGES, name);
}
