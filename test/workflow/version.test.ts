/** Package versions follow the service's IR (stored as ir.json); `generate` prints what changed. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { readIr } from '../../generator/emit/version.js';
import { BASE, wsdlOf, type WsdlSpec } from './wsdl-builder.js';

const work = mkdtempSync(join(tmpdir(), 'svcgen-version-'));
const spec = join(work, 'S.wsdl');
const out = join(work, 'out');

async function generate(text: string, ...extra: string[]) {
  writeFileSync(spec, text);
  let stdout = '';
  const code = await main(['generate', spec, '--out', out, '--name', 's', '--no-format', ...extra], { out: { write: (s: string) => (stdout += s) }, err: { write: () => true } });
  const version = (JSON.parse(readFileSync(join(out, 's', 'package.json'), 'utf8')) as { version: string }).version;
  return { code, stdout, version };
}

describe('package versions', () => {
  test('move by semver only when the IR changes, and --check stays stable', async () => {
    const first = await generate(wsdlOf(BASE));
    expect(first).toMatchObject({ code: 0, version: '1.0.0' });
    expect(JSON.parse(readFileSync(join(out, 's', 'ir.json'), 'utf8'))).toMatchObject({ kind: 'service', diagnostics: [] });
    // Same spec: same version, and --check finds nothing stale.
    expect((await generate(wsdlOf(BASE))).version).toBe('1.0.0');
    expect((await generate(wsdlOf(BASE), '--check')).code).toBe(0);
    // Only positions move (a comment line added): not an IR change for the version.
    const shifted = wsdlOf(BASE).replace('<wsdl:definitions', '<!-- moved -->\n<wsdl:definitions');
    const moved = await generate(shifted);
    expect(moved.version).toBe('1.0.0');
    expect(moved.stdout).not.toMatch(/service changed/);
    // An addition: minor, with the summary.
    const added: WsdlSpec = { ...BASE, operations: { ...BASE.operations, Ping: { input: [], output: [] } } };
    const minor = await generate(wsdlOf(added));
    expect(minor.version).toBe('1.1.0');
    expect(minor.stdout).toMatch(/s: service changed, version 1\.1\.0\nNon-breaking \(1\):\n.*operation Ping: new operation/);
    // A description only: patch.
    const described: WsdlSpec = { ...added, operations: { ...added.operations, GetOrder: { ...added.operations.GetOrder, doc: 'Reads one order.' } } };
    expect((await generate(wsdlOf(described))).version).toBe('1.1.1');
    // Something breaking: major.
    const { Cancel: _gone, ...rest } = described.operations;
    const major = await generate(wsdlOf({ ...described, operations: rest }));
    expect(major.version).toBe('2.0.0');
    expect(major.stdout).toMatch(/Breaking for callers \(1\):\n.*operation Cancel: operation removed/);
    // --check after a spec change reports package.json and ir.json as stale.
    writeFileSync(spec, wsdlOf(BASE));
    let err = '';
    const code = await main(['generate', spec, '--out', out, '--name', 's', '--no-format', '--check'], { out: { write: () => true }, err: { write: (s: string) => (err += s) } });
    expect(code).toBe(1);
    expect(err).toMatch(/stale: s\/package\.json/);
    expect(err).toMatch(/stale: s\/ir\.json/);
  });
});

describe('ir.json', () => {
  test('is compact (one line per type and operation), read back for versions and written only when it changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-irfile-'));
    const file = join(dir, 'S.wsdl');
    const run = async (text: string) => {
      writeFileSync(file, text);
      const code = await main(['generate', file, '--out', join(dir, 'out'), '--name', 's', '--no-format'], { out: { write: () => true }, err: { write: () => true } });
      expect(code).toBe(0);
      const path = join(dir, 'out', 's', 'ir.json');
      return { text: readFileSync(path, 'utf8'), stat: statSync(path) };
    };
    const first = await run(wsdlOf(BASE));
    const ir = JSON.parse(first.text) as { operations: unknown[]; types: unknown[] };
    // Every operation and type is one line of its own; nothing is indented.
    const lines = first.text.split('\n');
    for (const op of ir.operations) expect(lines).toContain(`${JSON.stringify(op)}${op === ir.operations.at(-1) ? '' : ','}`);
    expect(lines.filter((l) => /^\s/.test(l))).toEqual([]);
    expect(readIr(join(dir, 'out', 's', 'ir.json'))?.operations.map((o) => o.name)).toEqual(ir.operations.map((o) => (o as { name: string }).name));
    // Same spec: the file is the same file on disk (not rewritten); a changed spec writes it.
    const second = await run(wsdlOf(BASE));
    expect(second.text).toBe(first.text);
    expect(second.stat.ino).toBe(first.stat.ino);
    expect(second.stat.mtimeMs).toBe(first.stat.mtimeMs);
    const added: WsdlSpec = { ...BASE, operations: { ...BASE.operations, Ping: { input: [], output: [] } } };
    const third = await run(wsdlOf(added));
    expect(third.text).not.toBe(first.text);
    expect(third.stat.ino).not.toBe(first.stat.ino);
  });
});
