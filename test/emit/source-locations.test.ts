/**
 * JSDoc source locations: relative to the project root (the folder of the nearest config, else
 * the spec's folder), never to the folder svcgen ran in; one per type and operation, none per
 * member; left out with --no-source-locations or `"sourceLocations": false`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'bin', 'svcgen.js');

async function bin(args: string[], cwd: string): Promise<number> {
  try {
    await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
    return 0;
  } catch (e) {
    throw new Error(String((e as { stderr?: string }).stderr));
  }
}

/** A project: svcgen.config.json at its root, the interop WSDL under specs/. */
function project(config: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'svcgen-loc-'));
  mkdirSync(join(dir, 'specs'), { recursive: true });
  cpSync(join(root, 'specs/interop/Interop.wsdl'), join(dir, 'specs/Interop.wsdl'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'svcgen.config.json'), JSON.stringify({ services: { interop: { specs: ['specs/Interop.wsdl'] } }, ...config }));
  return dir;
}

const fromLines = (text: string) => text.split('\n').filter((l) => /^\s*\* From /.test(l));

describe('source locations', () => {
  test('an ad-hoc run gives the same bytes from any working directory, paths relative to the project root', async () => {
    const dir = project();
    await bin(['generate', 'specs/Interop.wsdl', '--out', join(dir, 'o1'), '--name', 'interop', '--no-format'], dir);
    await bin(['generate', '../../specs/Interop.wsdl', '--out', join(dir, 'o2'), '--name', 'interop', '--no-format'], join(dir, 'a', 'b'));
    for (const f of ['types.ts', 'client.ts', 'descriptors.js', 'README.md']) {
      expect(readFileSync(join(dir, 'o2', 'interop', f), 'utf8'), f).toBe(readFileSync(join(dir, 'o1', 'interop', f), 'utf8'));
    }
    const types = readFileSync(join(dir, 'o2', 'interop', 'types.ts'), 'utf8');
    expect(fromLines(types).length).toBeGreaterThan(0);
    expect(types).not.toContain('../');
    expect(fromLines(types).every((l) => l.includes('From specs/Interop.wsdl:'))).toBe(true);
  }, 120_000);

  test('one per type and operation, none on members', async () => {
    const dir = project();
    await bin(['generate', '--no-format'], join(dir, 'a'));
    const pkg = join(dir, 'generated', 'interop');
    for (const file of ['types.ts', 'descriptors.js']) {
      const lines = readFileSync(join(pkg, file), 'utf8').split('\n');
      lines.forEach((l, i) => {
        if (!/^\s*\* From /.test(l)) return;
        // The comment closes and a top-level declaration follows: a type, never a member.
        const close = lines.findIndex((x, j) => j > i && x.includes('*/'));
        expect(lines[close + 1], `${file}:${i + 1}`).toMatch(/^export /);
      });
    }
    const client = readFileSync(join(pkg, 'client.ts'), 'utf8');
    const ops = (JSON.parse(readFileSync(join(pkg, 'ir.json'), 'utf8')) as { operations: unknown[] }).operations.length;
    // The client interface documents each operation once (the $raw twin does not repeat it).
    expect(fromLines(client).length).toBe(ops);
  }, 120_000);

  test('--no-source-locations and "sourceLocations": false leave them out', async () => {
    const dir = project({ sourceLocations: false });
    await bin(['generate', '--no-format'], dir);
    await bin(['generate', 'specs/Interop.wsdl', '--out', join(dir, 'adhoc'), '--name', 'interop', '--no-format', '--no-source-locations'], dir);
    for (const pkg of [join(dir, 'generated', 'interop'), join(dir, 'adhoc', 'interop')]) {
      for (const f of readdirSync(pkg).filter((x) => /\.(?:ts|js)$/.test(x))) expect(fromLines(readFileSync(join(pkg, f), 'utf8')), f).toEqual([]);
    }
  }, 120_000);

  test('"all" (config or --source-locations all) adds one on each member; "types" and true are the default', async () => {
    const dir = project({ sourceLocations: 'all' });
    await bin(['generate', '--no-format'], dir);
    await bin(['generate', 'specs/Interop.wsdl', '--out', join(dir, 'adhoc'), '--name', 'interop', '--no-format', '--source-locations', 'all'], dir);
    await bin(['generate', 'specs/Interop.wsdl', '--out', join(dir, 'types'), '--name', 'interop', '--no-format', '--source-locations', 'types'], dir);
    await bin(['generate', 'specs/Interop.wsdl', '--out', join(dir, 'default'), '--name', 'interop', '--no-format'], dir);
    const all = readFileSync(join(dir, 'generated', 'interop', 'types.ts'), 'utf8');
    expect(readFileSync(join(dir, 'adhoc', 'interop', 'types.ts'), 'utf8')).toBe(all);
    const lines = all.split('\n');
    // Some location is followed by a member (an indented property), each relative to the project root.
    const onMembers = lines.filter((l, i) => /^\s*\* From /.test(l) && /^\s+[\w'"$]+\??: /.test(lines[lines.findIndex((x, j) => j > i && x.includes('*/')) + 1] ?? ''));
    expect(onMembers.length).toBeGreaterThan(10);
    expect(onMembers.every((l) => /From specs\/Interop\.wsdl:\d+:\d+\.$/.test(l))).toBe(true);
    const types = readFileSync(join(dir, 'types', 'interop', 'types.ts'), 'utf8');
    expect(readFileSync(join(dir, 'default', 'interop', 'types.ts'), 'utf8')).toBe(types);
    expect(fromLines(types).length).toBeLessThan(fromLines(all).length - 10);
  }, 120_000);

  test('a bad setting is a usage error naming the values', async () => {
    const dir = project({ sourceLocations: 'fields' });
    await expect(bin(['generate', '--no-format'], dir)).rejects.toThrow(/"sourceLocations" must be "types", "all", true or false, got "fields"/);
  }, 60_000);
});
