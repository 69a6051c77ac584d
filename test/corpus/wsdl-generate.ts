import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { emitPackage } from '../../generator/emit/index.js';
import { detectWsdl } from '../../generator/parsers/wsdl/index.js';
import { loadService, resolveService } from '../../generator/pipeline.js';
import { callEveryOperation } from '../helpers/fixture-calls.js';
import { typecheck } from '../helpers/typecheck.js';

/**
 * Driver of the generation corpus test: every WSDL 1.1 document of a corpus folder (the full
 * corpus, or the curated subset in test/data/wsdl/) is generated
 * in-process (no prettier, no JavaScript build) into a temporary directory, and all packages of one
 * half are type-checked under strict by ONE TypeScript program. Every package links the same
 * runtime directory, so the runtime is checked once. Remote imports are never fetched.
 */

const EXPECTED = fileURLToPath(new URL('./wsdl-generate-expected.tsv', import.meta.url));

export interface Expectation {
  readonly kind: 'fail' | 'subset';
  readonly detail: string;
  readonly reason: string;
}

/** The checked-in list of expected failures and operation subsets, by corpus path. */
export function expectations(): Map<string, Expectation> {
  const map = new Map<string, Expectation>();
  for (const line of readFileSync(EXPECTED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('path\t')) continue;
    const [p, kind, detail, reason] = line.split('\t');
    if (kind !== 'fail' && kind !== 'subset') throw new Error(`${EXPECTED}: bad kind ${kind} for ${p}`);
    map.set(p, { kind, detail, reason: reason ?? '' });
  }
  return map;
}

/** Manifest entries that are WSDL documents (XML Schemas alone are left to the parser corpus test). */
export function wsdlFiles(root: string): string[] {
  const rows = readFileSync(path.join(root, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const out: string[] = [];
  for (const row of rows) {
    const rel = row.split('\t')[0];
    const kind = detectWsdl(readFileSync(path.join(root, rel), 'utf8'));
    if (kind === 'wsdl' || kind === 'wsdl2' || (kind === null && /\.wsdl$/i.test(rel))) out.push(rel);
  }
  return out.sort();
}

type Outcome = { readonly file: string; readonly ms: number; readonly dir: string } & (
  | { readonly kind: 'generated'; readonly ops: number; readonly types: number; readonly bytes: number; readonly facetWarning: boolean }
  | { readonly kind: 'spec-error'; readonly code: string; readonly message: string }
  | { readonly kind: 'crash'; readonly error: string }
);

/** A readable, collision-free folder name for a corpus path. */
function folder(rel: string, i: number): string {
  return `${String(i).padStart(3, '0')}_${rel.replace(/[^A-Za-z0-9]+/g, '_').slice(-60)}`;
}

async function generateOne(root: string, rel: string, dir: string, runtimeDir: string, operations: readonly string[] | undefined): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const service = await loadService([rel], { name: 'CorpusService', cwd: root, allowRemoteImports: true, ...(operations ? { operations } : {}) });
    const files = await emitPackage(resolveService(service), { packageName: 'corpus-service', format: false, build: false });
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(runtimeDir, 'schema.ts'))) {
      for (const [f, text] of files) if (f.startsWith('runtime/')) writeFileSync(path.join(runtimeDir, f.slice('runtime/'.length)), text);
    }
    symlinkSync(runtimeDir, path.join(dir, 'runtime'), 'dir');
    let bytes = 0;
    for (const [f, text] of files) {
      if (!/\.(?:ts|js)$/.test(f) || f.includes('/')) continue;
      writeFileSync(path.join(dir, f), text);
      bytes += text.length;
    }
    const facetWarning = service.diagnostics.some((d) => d.code === 'SVC120' && d.message.startsWith('no value of'));
    return { file: rel, dir, ms: performance.now() - t0, kind: 'generated', ops: service.operations.length, types: service.types.length, bytes, facetWarning };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof SpecError) return { file: rel, dir, ms, kind: 'spec-error', code: e.diagnostic.code, message: e.message };
    return { file: rel, dir, ms, kind: 'crash', error: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 5).join(' | ') : String(e) };
  }
}

/**
 * Registers the generation test of `root` (half `half` of its WSDL list, or all of it). Expected
 * failures and subsets are those of wsdl-generate-expected.tsv whose file is in `root`.
 */
export function generationCorpusTest(root: string, label: string, half?: 0 | 1): void {
  const part = half === undefined ? '' : `, half ${half + 1}`;
  let work = '';
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), `svcgen-corpus-${half ?? 'all'}-`));
    // Offline: a remote import is an absent import, never a network request.
    globalThis.fetch = (async (input: unknown) => {
      throw new Error(`remote import ${String(input)} is not fetched by the corpus test`);
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    if (work && !process.env.SVCGEN_CORPUS_KEEP) rmSync(work, { recursive: true, force: true });
  });

  test(`${label}${part}: every package type-checks, failures exactly as listed`, async () => {
    const expected = expectations();
    const all = wsdlFiles(root);
    for (const p of expected.keys()) {
      if (existsSync(path.join(root, p))) expect(all, `${p} is listed in wsdl-generate-expected.tsv`).toContain(p);
    }
    const files = half === undefined ? all : all.filter((_, i) => i % 2 === half);
    const runtimeDir = path.join(work, '_runtime');
    mkdirSync(runtimeDir);
    const results: Outcome[] = [];
    const t0 = performance.now();
    for (const [i, f] of files.entries()) {
      const e = expected.get(f);
      results.push(await generateOne(root, f, path.join(work, folder(f, i)), runtimeDir, e?.kind === 'subset' ? e.detail.split(',') : undefined));
    }
    const genMs = performance.now() - t0;
    const generated = results.filter((r) => r.kind === 'generated');
    const roots = generated.flatMap((r) => ['index.ts', 'fixtures.ts', 'mock.ts'].map((f) => path.join(r.dir, f)).filter((f) => existsSync(f)));
    const t1 = performance.now();
    const diagnostics = roots.length ? typecheck(roots) : [];
    const checkMs = performance.now() - t1;
    const broken = new Map<string, string[]>();
    for (const r of generated) {
      const mine = diagnostics.filter((d) => d.startsWith(`${r.dir}${path.sep}`));
      if (mine.length) broken.set(r.file, mine.map((d) => d.slice(work.length + 1)));
    }
    const stray = diagnostics.filter((d) => !generated.some((r) => d.startsWith(`${r.dir}${path.sep}`)));
    // Every package's operations (the first 40 of each) called with their fixtures against the
    // package's own mock: fixtures satisfy the validators, except where a warning said no value could.
    const t2 = performance.now();
    let calls = 0;
    const fixtureFailures: string[] = [];
    for (const r of generated) {
      if (broken.has(r.file) || r.kind !== 'generated') continue;
      let result: { calls: number; failures: string[] };
      try {
        result = await callEveryOperation(r.dir, 40);
      } catch (e) {
        result = { calls: 0, failures: [`package could not be loaded: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`] };
      }
      calls += result.calls;
      if (result.failures.length && !r.facetWarning) fixtureFailures.push(`${r.file}:\n  ${result.failures.slice(0, 5).join('\n  ')}`);
    }
    const callMs = performance.now() - t2;
    const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 10);
    const mb = generated.reduce((n, r) => n + (r.kind === 'generated' ? r.bytes : 0), 0) / 1e6;
    console.log(
      `${label}${part}: ${results.length} WSDLs, ${generated.length - broken.size} generated and type-checked, ` +
        `${results.length - generated.length} refused, ${broken.size} not type-checking; ` +
        `generation ${(genMs / 1000).toFixed(1)} s, type-check ${(checkMs / 1000).toFixed(1)} s of ${mb.toFixed(1)} MB; ` +
        `${calls} fixture calls against the packages' mocks in ${(callMs / 1000).toFixed(1)} s\n` +
        `slowest generations:\n${slow.map((r) => `  ${r.ms.toFixed(0).padStart(6)} ms  ${r.file}`).join('\n')}`,
    );
    expect(stray).toEqual([]);
    expect(results.filter((r) => r.kind === 'crash').map((r) => `${r.file}: ${r.kind === 'crash' ? r.error : ''}`)).toEqual([]);
    const unexpected: string[] = [];
    for (const r of results) {
      const e = expected.get(r.file);
      const failing = e?.kind === 'fail' ? e.detail : undefined;
      if (r.kind === 'spec-error' && failing !== r.code) unexpected.push(`${r.file}: ${r.message}`);
      if (broken.has(r.file) && failing !== 'typecheck') unexpected.push(`${r.file}:\n  ${broken.get(r.file)!.slice(0, 5).join('\n  ')}`);
      if (r.kind === 'generated' && !broken.has(r.file) && failing) unexpected.push(`${r.file}: listed as failing (${failing}) but passes`);
    }
    expect(unexpected).toEqual([]);
    expect(fixtureFailures).toEqual([]);
  }, 900_000);
}
