/**
 * The emitters write prettier's final layout themselves (generator/emit/core/layout.ts and the
 * templates); a normal `generate` runs prettier only on a file they do not lay out (objects.ts,
 * README.md, a literal or a wide line of an unknown construct). This test proves the layout on
 * every spec of the repository's test data: each package is emitted with prettier switched off,
 * and each of its own TypeScript sources must be exactly what prettier (svcgen's pinned version
 * and options) makes of it. Inputs: the per-feature specs (test/data/features/, 13 folders), the
 * help pages (test/data/helppages/, 40 pages, ASMX and Web API) and every WSDL of the corpus
 * subset (test/data/wsdl/, the rows of its MANIFEST.tsv ending in .wsdl).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { loadService, resolveService } from '../../generator/pipeline.js';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const OPTIONS: prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf', parser: 'typescript' };

/** Files the emitters leave to prettier: the article's object helpers (getters in descriptors). */
const LEFT_TO_PRETTIER = new Set(['objects.ts']);

interface Outcome {
  readonly packages: number;
  readonly files: number;
  readonly wrong: string[];
}

async function check(cwd: string, specSets: readonly (readonly string[])[]): Promise<Outcome> {
  let packages = 0;
  let files = 0;
  const wrong: string[] = [];
  for (const specs of specSets) {
    let emitted: Map<string, string>;
    try {
      const service = await loadService(specs, { name: 'LayoutCheck', cwd, allowRemoteImports: true });
      emitted = await emitPackage(resolveService(service), { packageName: 'layout-check', format: false, build: false });
    } catch {
      continue; // refused specs are other tests' business
    }
    packages++;
    for (const [path, text] of emitted) {
      if (!path.endsWith('.ts') || path.endsWith('.d.ts') || path.includes('/') || LEFT_TO_PRETTIER.has(path)) continue;
      files++;
      const formatted = await prettier.format(text, OPTIONS);
      if (formatted === text) continue;
      const a = text.split('\n');
      const b = formatted.split('\n');
      let i = 0;
      while (a[i] === b[i]) i++;
      wrong.push(`${specs.join(', ')} ${path}:${i + 1}: wrote ${JSON.stringify(a[i])}, prettier ${JSON.stringify(b[i])}`);
    }
  }
  return { packages, files, wrong };
}

describe('the emitters write prettier\'s layout without prettier', () => {
  test('per-feature specs (test/data/features)', async () => {
    const root = join(DATA, 'features');
    const sets = readdirSync(root).sort().map((f) => readdirSync(join(root, f)).sort().map((s) => `${f}/${s}`));
    const r = await check(root, sets);
    expect(r.packages).toBe(13);
    expect(r.wrong).toEqual([]);
  }, 120_000);

  test('help pages (test/data/helppages)', async () => {
    const root = join(DATA, 'helppages');
    const sets = readdirSync(root).filter((f) => !/README|LICENSE/.test(f)).sort().map((f) => [f]);
    const r = await check(root, sets);
    expect(r.packages).toBeGreaterThan(30);
    expect(r.wrong).toEqual([]);
  }, 180_000);

  test('every WSDL of the corpus subset (test/data/wsdl)', async () => {
    const root = join(DATA, 'wsdl');
    const rows = readFileSync(join(root, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
    const sets = rows.map((r) => r.split('\t')[0]).filter((r) => /\.wsdl$/i.test(r)).sort().map((r) => [r]);
    const r = await check(root, sets);
    expect(r.packages).toBeGreaterThan(150);
    expect(r.files).toBeGreaterThan(900);
    expect(r.wrong).toEqual([]);
  }, 400_000);
});
