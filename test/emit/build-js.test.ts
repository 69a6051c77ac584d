import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typeOnly, withBuild } from '../../generator/emit/core/build-js.js';
import { formatFiles } from '../../generator/emit/core/format.js';
import { postProcess } from '../../generator/emit/core/postprocess.js';

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

/**
 * The contract between the emitters and the build: a file the emitter writes in final form
 * (`.js`, `.cjs`, `.d.ts`, `.d.cts`) is neither formatted nor compiled nor pruned, but copied into
 * `dist/` byte for byte.
 */
describe('files written in final form', () => {
  // Spacing prettier would change and code the compiler would rewrite: both must survive.
  const js = "export const data = {a:1,   b: [ 1,2 ]};   // kept as written\n";
  const dts = 'export declare const data: {a:number;   b: readonly number[]};\n';
  const cjs = '"use strict";\nexports.data = {a:1,   b: [ 1,2 ]};\n';
  const dcts = 'export declare const data: {a:number};\n';
  const index = "import { data } from './data.js';\nexport const first: number = data.a;\n";

  test('the build copies .js, .cjs, .d.ts and .d.cts into dist/ as they are', () => {
    const built = withBuild(new Map([['data.js', js], ['data.d.ts', dts], ['data.cjs', cjs], ['data.d.cts', dcts], ['index.ts', index]]));
    expect(built.get('dist/data.js')).toBe(js);
    expect(built.get('dist/data.d.ts')).toBe(dts);
    expect(built.get('dist/cjs/data.js')).toBe(cjs);
    expect(built.get('dist/cjs/data.d.ts')).toBe(dcts);
    // Never compiled as sources: no dist/data.d.d.ts, no declarations of declarations.
    expect([...built.keys()].filter((f) => f.startsWith('dist/')).sort()).toEqual([
      'dist/cjs/data.d.ts',
      'dist/cjs/data.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/index.js',
      'dist/cjs/package.json',
      'dist/data.d.ts',
      'dist/data.js',
      'dist/index.d.ts',
      'dist/index.js',
    ]);
    // The sources stay where the emitter put them.
    expect(built.get('data.js')).toBe(js);
    expect(built.get('data.d.ts')).toBe(dts);
  });

  test('a .js without a .cjs twin gets a CommonJS form; a .d.ts serves both forms', async () => {
    const built = withBuild(new Map([['data.js', js], ['data.d.ts', dts], ['index.ts', index]]));
    expect(built.get('dist/data.js')).toBe(js);
    expect(built.get('dist/cjs/data.d.ts')).toBe(dts);
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', built.get('dist/cjs/data.js')!)(module, module.exports);
    expect(module.exports.data).toEqual({ a: 1, b: [1, 2] });
  });

  test('prettier and the import pruning leave them alone', async () => {
    const files = new Map([['data.js', js], ['data.d.ts', dts], ['data.cjs', cjs], ['data.d.cts', "import { unused } from './x.js';\n" + dcts]]);
    const formatted = await formatFiles(new Map(files));
    for (const [path, text] of files) expect(formatted.get(path), path).toBe(text);
    const processed = new Map(files);
    postProcess(processed, [...files.keys()]);
    expect(processed).toEqual(files);
  });
});
