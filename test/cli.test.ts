import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from './errors/cli-run.js';
import { IR_VERSION } from '../generator/ir/upgrade.js';

/** The command line: exit codes, error format, atomic output, --check, marker protection. */

const root = new URL('..', import.meta.url).pathname;
const SEED = join(root, 'specs/plusventa/000_18db1e799f7d8e75.txt');


function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'svcgen-cli-'));
}

describe('usage errors exit 2', () => {
  test.each([[['nonsense']], [['generate', '--bogus-flag', SEED]], [[]]])('%j', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/svcgen: /);
  });

  test('generate without SPEC and without a config file', async () => {
    const dir = scratch();
    const r = await run(['generate', '--config', join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.json');
  });
});

describe('spec errors exit 1 with file:line:column and a code', () => {
  test('empty file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const r = await run(['ir', join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt:1:1: error SVC100: the file is empty/);
  });

  test('binary file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const r = await run(['ir', join(dir, 'bin.dat')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bin\.dat:1:\d+: error SVC101/);
  });

  test('unknown format lists the formats tried', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'Meeting notes\nNothing to see here.\n');
    const r = await run(['ir', join(dir, 'notes.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/notes\.txt:1:1: error SVC102: .*tried: WSDL 1\.1/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  test('input above --max-input-bytes', async () => {
    const r = await run(['ir', SEED, '--max-input-bytes', '100']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error SVC104: .*above the limit of 100 bytes/);
  });
});

describe('output', () => {
  test('a failed run leaves the output folder exactly as it was', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    expect((await run(['generate', SEED, '--out', out, '--name', 'pv'])).code).toBe(0);
    const before = readFileSync(join(out, 'pv', 'types.ts'), 'utf8');
    writeFileSync(join(dir, 'bad.txt'), '');
    const r = await run(['generate', SEED, join(dir, 'bad.txt'), '--out', out, '--name', 'pv']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, 'pv', 'types.ts'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['pv']);
  });

  test('never overwrites a folder svcgen did not make', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out', 'pv'), { recursive: true });
    writeFileSync(join(dir, 'out', 'pv', 'mine.txt'), 'user data');
    const r = await run(['generate', SEED, '--out', join(dir, 'out'), '--name', 'pv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not made by svcgen/);
    expect(readFileSync(join(dir, 'out', 'pv', 'mine.txt'), 'utf8')).toBe('user data');
  });

  test('--check names each stale file and writes nothing', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    await run(['generate', SEED, '--out', out, '--name', 'pv']);
    expect((await run(['generate', SEED, '--out', out, '--name', 'pv', '--check'])).code).toBe(0);
    writeFileSync(join(out, 'pv', 'types.ts'), '// edited\n');
    writeFileSync(join(out, 'pv', 'extra.ts'), '// extra\n');
    const r = await run(['generate', SEED, '--out', out, '--name', 'pv', '--check']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join('pv', 'types.ts'));
    expect(r.err).toContain(join('pv', 'extra.ts'));
    expect(readFileSync(join(out, 'pv', 'types.ts'), 'utf8')).toBe('// edited\n');
  });

  test('regenerating gives the same bytes', async () => {
    const dir = scratch();
    await run(['generate', SEED, '--out', join(dir, 'a'), '--name', 'pv']);
    await run(['generate', SEED, '--out', join(dir, 'b'), '--name', 'pv']);
    for (const f of readdirSync(join(dir, 'a', 'pv'))) {
      if (existsSync(join(dir, 'a', 'pv', f)) && f.endsWith('.ts')) expect(readFileSync(join(dir, 'b', 'pv', f), 'utf8')).toBe(readFileSync(join(dir, 'a', 'pv', f), 'utf8'));
    }
  });
});

test('svcgen ir prints the IR as JSON', async () => {
  const r = await run(['ir', SEED]);
  expect(r.code).toBe(0);
  const ir = JSON.parse(r.out);
  expect(ir.kind).toBe('service');
  expect(ir.operations.map((o: { name: string }) => o.name)).toEqual(['CreateInteraction']);
  // The format version comes first, so a saved dump can be read back by `svcgen diff`.
  expect(Object.keys(ir)[0]).toBe('irVersion');
  expect(ir.irVersion).toBe(IR_VERSION);
  expect(ir.operations[0].binding).toBe('soap');
});
