import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typeOnly, withBuild } from '../../generator/emit/core/build-js.js';

/** The package build's shortcut for modules of type declarations only (their own .d.ts, empty JS). */
describe('typeOnly', () => {
  test('accepts type declarations, type-only imports/exports and comments', () => {
    const text = [
      '// header',
      '/* one-line block */',
      "import type { A } from './a.js';",
      '/**',
      ' * Doc.',
      ' */',
      'export interface B {',
      '  a: A;',
      '}',
      'export type C =',
      "  | 'x'",
      "  | 'y';",
      'export type D = {',
      '  b?: never;',
      '} & (',
      '  | { c: string }',
      ');',
      "export type * from './types.js';",
      '',
    ].join('\n');
    expect(typeOnly(text)).toBe(true);
  });

  test.each([
    ['a const', 'export const a = 1;'],
    ['a function', 'export function f(): void {}'],
    ['a value import', "import { a } from './a.js';"],
    ['a value re-export', "export { a } from './a.js';"],
    ['an enum', 'export enum E { A }'],
    ['a class', 'export class K {}'],
    ['a statement after a block comment', '/*\n * x\n */\nconsole.log(1);'],
  ])('refuses %s', (_name, text) => {
    expect(typeOnly(`export type T = string;\n${text}\n`)).toBe(false);
  });

  test('every generated types.ts is type-only, every client.ts is not; the build keeps both right', () => {
    const root = new URL('../../generated/', import.meta.url).pathname;
    const pkgs = readdirSync(root).filter((p) => existsSync(join(root, p, 'types.ts')));
    expect(pkgs.length).toBeGreaterThan(5);
    for (const p of pkgs) {
      expect(typeOnly(readFileSync(join(root, p, 'types.ts'), 'utf8')), p).toBe(true);
      expect(typeOnly(readFileSync(join(root, p, 'client.ts'), 'utf8')), p).toBe(false);
    }
    const built = withBuild(new Map([['types.ts', 'export type A = { a: string };\n'], ['index.ts', "export type * from './types.js';\nexport const x: number = 1;\n"]]));
    expect(built.get('dist/types.d.ts')).toBe('export type A = { a: string };\n');
    expect(built.get('dist/types.js')).toBe('export {};\n');
    expect(built.get('dist/index.js')).toContain('export const x = 1;');
  });
});
