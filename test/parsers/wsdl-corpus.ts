import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { detectWsdl, parseWsdl } from '../../generator/parsers/wsdl/index.js';

/**
 * Driver of the WSDL parse tests over a corpus folder (a `MANIFEST.tsv` and the files it lists):
 * the curated subset in test/data/wsdl/ (`npm test`) or the full corpus (`npm run test:corpus`,
 * split in halves so both cores are used).
 */
const EXPECTED = fileURLToPath(new URL('./wsdl-expected-failures.tsv', import.meta.url));

/** Reads imports from disk; remote URLs are never fetched by the tests. */
export async function fsReader(location: string): Promise<string> {
  if (/^https?:/i.test(location)) throw new Error(`remote import ${location} is not fetched`);
  return readFile(location, 'utf8');
}

/** Manifest entries the corpus test parses: WSDL documents and XML Schemas. */
export function corpusFiles(root: string): string[] {
  const rows = readFileSync(path.join(root, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const out: string[] = [];
  for (const row of rows) {
    const rel = row.split('\t')[0];
    if (/\.(wsdl|xsd)$/i.test(rel)) out.push(rel);
    else if (detectWsdl(readFileSync(path.join(root, rel), 'utf8')) !== null) out.push(rel);
  }
  return out.sort();
}

export function expectedFailures(): Map<string, { code: string; reason: string }> {
  const map = new Map<string, { code: string; reason: string }>();
  for (const line of readFileSync(EXPECTED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('path\t')) continue;
    const [p, code, reason] = line.split('\t');
    map.set(p, { code, reason: reason ?? '' });
  }
  return map;
}

export type Outcome = { file: string; ms: number } & ({ kind: 'pass'; ops: number; types: number } | { kind: 'spec-error'; code: string; message: string } | { kind: 'crash'; error: string });

export async function runOne(root: string, rel: string): Promise<Outcome> {
  const location = path.join(root, rel);
  const text = readFileSync(location, 'utf8');
  const t0 = performance.now();
  try {
    const s = await parseWsdl({ file: rel, location, text }, { readFile: fsReader });
    return { file: rel, ms: performance.now() - t0, kind: 'pass', ops: s.operations.length, types: s.types.length };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof SpecError) return { file: rel, ms, kind: 'spec-error', code: e.diagnostic.code, message: e.message };
    return { file: rel, ms, kind: 'crash', error: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e) };
  }
}

/**
 * Registers the parse test of `root` (half `half` of its file list, or all of it). Expected
 * failures are those of wsdl-expected-failures.tsv whose file is in `root`.
 */
export function corpusTest(root: string, label: string, half?: 0 | 1): void {
  const part = half === undefined ? '' : `, half ${half + 1}`;
  test(`${label}${part}: no crash, failures exactly as listed`, async () => {
    const all = corpusFiles(root);
    const files = half === undefined ? all : all.filter((_, i) => i % 2 === half);
    const expected = expectedFailures();
    const results: Outcome[] = [];
    for (const f of files) results.push(await runOne(root, f));
    const crashes = results.filter((r) => r.kind === 'crash');
    const pass = results.filter((r) => r.kind === 'pass').length;
    const byCode = new Map<string, number>();
    for (const r of results) if (r.kind === 'spec-error') byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
    const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 10);
    console.log(
      `${label}${part}: ${results.length} files, ${pass} parsed, ` +
        `${[...byCode].map(([c, n]) => `${n} ${c}`).join(', ') || 'no SpecErrors'}, ${crashes.length} crashes\n` +
        `slowest:\n${slow.map((r) => `  ${r.ms.toFixed(0).padStart(6)} ms  ${r.file}`).join('\n')}`,
    );
    if (process.env.WSDL_CORPUS_RECORD) {
      const lines = results.filter((r) => r.kind === 'spec-error').map((r) => `${r.file}\t${r.kind === 'spec-error' ? r.code : ''}\t${r.kind === 'spec-error' ? r.message.replace(/\s+/g, ' ') : ''}`);
      writeFileSync(path.join(tmpdir(), `wsdl-failures-${half ?? 'all'}.tsv`), lines.join('\n') + '\n');
    }
    expect(crashes.map((c) => `${c.file}: ${c.kind === 'crash' ? c.error : ''}`)).toEqual([]);
    const unexpected = results.filter((r) => r.kind === 'spec-error' && expected.get(r.file)?.code !== r.code);
    expect(unexpected.map((r) => `${r.file}: ${r.kind === 'spec-error' ? r.message : ''}`)).toEqual([]);
    const nowPassing = results.filter((r) => r.kind === 'pass' && expected.has(r.file)).map((r) => r.file);
    expect(nowPassing).toEqual([]);
  }, 300_000);
}
