import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MARKER } from '../../generator/output.js';
import { seedPath } from '../helpers/data.js';
import { run, scratch } from './cli-run.js';

/**
 * Output is atomic and never touches what svcgen did not make: a config run in a temporary
 * folder removes only packages whose marker says svcgen made them, and a failing run leaves the
 * output folder byte for byte as it was.
 */

/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name), `${prefix}${n.name}/`);
      else out[`${prefix}${n.name}`] = readFileSync(join(d, n.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

function project(services: Record<string, string>): string {
  const dir = scratch('svcgen-proj-');
  mkdirSync(join(dir, 'specs'));
  for (const seed of ['000_18db1e799f7d8e75.txt', '003_2ef636b388e450eb.txt', '001_4162bf955ea22d00.txt'] as const) cpSync(seedPath(seed), join(dir, 'specs', seed));
  configure(dir, services);
  return dir;
}

function configure(dir: string, services: Record<string, string>): string {
  const config = { out: 'gen', services: Object.fromEntries(Object.entries(services).map(([k, spec]) => [k, { specs: [`specs/${spec}`] }])) };
  const path = join(dir, 'svcgen.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

describe('stale packages', () => {
  test('a package dropped from the config is removed; user folders and files are kept', async () => {
    const dir = project({ a: '000_18db1e799f7d8e75.txt', b: '003_2ef636b388e450eb.txt' });
    const config = join(dir, 'svcgen.config.json');
    const first = await run(['generate', '--config', config, '--no-format']);
    expect(first.code, first.err).toBe(0);
    const gen = join(dir, 'gen');
    expect(readdirSync(gen).sort()).toEqual(['a', 'b']);
    expect(existsSync(join(gen, 'b', MARKER))).toBe(true);
    // The user's own things beside the packages.
    mkdirSync(join(gen, 'mine'));
    writeFileSync(join(gen, 'mine', 'index.ts'), 'export const mine = 1;\n');
    writeFileSync(join(gen, 'notes.md'), 'my notes\n');
    mkdirSync(join(gen, 'empty'));
    // A marker-like file that is not at the package root does not make a folder svcgen's.
    mkdirSync(join(gen, 'nested', 'deep'), { recursive: true });
    writeFileSync(join(gen, 'nested', 'deep', MARKER), '{}');

    configure(dir, { a: '000_18db1e799f7d8e75.txt' });
    const check = await run(['generate', '--config', config, '--no-format', '--check']);
    expect(check.code).toBe(1);
    expect(check.err).toContain('b/ (would be removed)');
    expect(check.err).not.toMatch(/mine|notes|empty|nested/);
    expect(existsSync(join(gen, 'b'))).toBe(true);

    const second = await run(['generate', '--config', config, '--no-format']);
    expect(second.code, second.err).toBe(0);
    expect(readdirSync(gen).sort()).toEqual(['a', 'empty', 'mine', 'nested', 'notes.md']);
    expect(readFileSync(join(gen, 'mine', 'index.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(readFileSync(join(gen, 'notes.md'), 'utf8')).toBe('my notes\n');
  });

  test('an ad-hoc run (SPEC given) never removes other packages', async () => {
    const dir = project({ a: '000_18db1e799f7d8e75.txt', b: '003_2ef636b388e450eb.txt' });
    await run(['generate', '--config', join(dir, 'svcgen.config.json'), '--no-format']);
    const r = await run(['generate', join(dir, 'specs', '001_4162bf955ea22d00.txt'), '--out', join(dir, 'gen'), '--name', 'c', '--no-format']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(join(dir, 'gen')).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('a failing run leaves the output as it was', () => {
  test('one bad service among several: nothing is written, stale packages stay', async () => {
    const dir = project({ a: '000_18db1e799f7d8e75.txt', b: '003_2ef636b388e450eb.txt' });
    const config = join(dir, 'svcgen.config.json');
    expect((await run(['generate', '--config', config, '--no-format'])).code).toBe(0);
    const gen = join(dir, 'gen');
    const before = snapshot(gen);
    writeFileSync(join(dir, 'specs', 'broken.wsdl'), '<?xml version="1.0"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">\n  <wsdl:types>\n</wsdl:definitions>\n');
    // a changes (another seed), c is new, b is dropped, and the broken service sits in the middle.
    configure(dir, { a: '001_4162bf955ea22d00.txt', broken: 'broken.wsdl', c: '003_2ef636b388e450eb.txt' });
    const r = await run(['generate', '--config', config, '--no-format']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.wsdl:4:1: error SVC103: /);
    expect(snapshot(gen)).toEqual(before);
    expect(readdirSync(gen).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('an output path that cannot be a folder is reported, not an internal error', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    const r = await run(['generate', seedPath('000_18db1e799f7d8e75.txt'), '--out', join(dir, 'file', 'sub'), '--name', 'pv', '--no-format']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/svcgen: cannot create the output folder/);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
  });
});
