import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { OutputError, writePackages } from '../../generator/output.js';
import { scratch } from './cli-run.js';

/**
 * A failure in the middle of swapping several packages in (the second package's rename fails
 * after the first was replaced) is rolled back: the output folder is exactly as it was.
 */

const failOn = { target: '' };

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failOn.target && String(to) === failOn.target && !String(from).endsWith('.old')) {
        throw Object.assign(new Error(`EXDEV: simulated failure, rename '${String(from)}' -> '${String(to)}'`), { code: 'EXDEV' });
      }
      return real.renameSync(from, to);
    },
  };
});

afterEach(() => {
  failOn.target = '';
});

const pkg = (name: string, text: string) => ({ name, files: new Map([['index.ts', text], ['sub/a.ts', `${text}-a`]]) });

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const n of fs.readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name), `${prefix}${n.name}/`);
      else out[`${prefix}${n.name}`] = fs.readFileSync(join(d, n.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

test('the packages already swapped in are put back', () => {
  const out = join(scratch(), 'gen');
  writePackages(out, [pkg('a', 'old a'), pkg('b', 'old b'), pkg('stale', 'old stale')], false);
  fs.writeFileSync(join(out, 'user.txt'), 'mine');
  const before = snapshot(out);
  failOn.target = join(out, 'b');
  expect(() => writePackages(out, [pkg('a', 'new a'), pkg('b', 'new b'), pkg('c', 'new c')], true)).toThrow(OutputError);
  expect(snapshot(out)).toEqual(before);
  expect(fs.readdirSync(out).filter((n) => n.startsWith('.svcgen-tmp'))).toEqual([]);
});

test('a new package that fails to land leaves no trace', () => {
  const out = join(scratch(), 'gen');
  writePackages(out, [pkg('a', 'old a')], false);
  const before = snapshot(out);
  failOn.target = join(out, 'c');
  expect(() => writePackages(out, [pkg('a', 'new a'), pkg('c', 'new c')], false)).toThrow(/left as it was/);
  expect(snapshot(out)).toEqual(before);
});
