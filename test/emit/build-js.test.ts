import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileCjs, compileFile, selfContained, typeOnly, withBuild } from '../../generator/emit/core/build-js.js';
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
    expect(built.get('dist/cjs/types.d.ts')).toBe('export type A = { a: string };\n');
    expect(built.has('dist/types.d.ts')).toBe(false);
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

  test('the build takes .js, .cjs, .d.ts and .d.cts as they are: a module without imports is re-exported, not copied', () => {
    const built = withBuild(new Map([['data.js', js], ['data.d.ts', dts], ['data.cjs', cjs], ['data.d.cts', dcts], ['index.ts', index], ['package.json', '{"name":"p"}']]));
    expect(built.get('dist/data.js')).toBe("export * from '../data.js';\n");
    expect(built.get('dist/cjs/data.js')).toBe(cjs);
    expect(built.get('dist/cjs/data.d.ts')).toBe(dcts);
    // Never compiled as sources: no dist/data.d.d.ts, no declarations of declarations; declarations
    // once, under dist/cjs/, the ES entry re-exporting them.
    expect([...built.keys()].filter((f) => f.startsWith('dist/')).sort()).toEqual([
      'dist/cjs/data.d.ts',
      'dist/cjs/data.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/index.js',
      'dist/cjs/package.json',
      'dist/data.js',
      'dist/index.d.ts',
      'dist/index.js',
    ]);
    expect(built.get('dist/index.d.ts')).toBe("export * from './cjs/index.js';\n");
    expect(built.get('dist/cjs/index.d.ts')).toBe('export declare const first: number;\n');
    // The re-exported module ships beside dist/.
    expect(JSON.parse(built.get('package.json')!).files).toEqual(['dist', 'data.js', 'README.md']);
    // The sources stay where the emitter put them.
    expect(built.get('data.js')).toBe(js);
    expect(built.get('data.d.ts')).toBe(dts);
  });

  test('a module with imports is copied, not re-exported (its imports resolve inside dist/)', () => {
    const text = "import { x } from './runtime/x.js';\nexport const data = { x };\n";
    const built = withBuild(new Map([['data.js', text], ['index.ts', index]]));
    expect(built.get('dist/data.js')).toBe(text);
    for (const t of [text, "export * from './x.js';\n", "export { a } from './x.js';\n", 'export default 1;\n', "export const f = () => import('./x.js');\n"]) expect(selfContained(t), t).toBe(false);
    expect(selfContained(js)).toBe(true);
  });

  test('a .js without a CommonJS form gets one from the compiler; one the emitter wrote under dist/cjs/ is kept', async () => {
    const built = withBuild(new Map([['data.js', js], ['data.d.ts', dts], ['index.ts', index]]));
    expect(built.get('dist/cjs/data.d.ts')).toBe(dts);
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', built.get('dist/cjs/data.js')!)(module, module.exports);
    expect(module.exports.data).toEqual({ a: 1, b: [1, 2] });
    const direct = withBuild(new Map([['data.js', js], ['data.d.ts', dts], ['dist/cjs/data.js', cjs], ['index.ts', index]]));
    expect(direct.get('dist/cjs/data.js')).toBe(cjs);
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

/** The CommonJS build is compiled from the ES module just built, a fraction of the source to parse. */
describe('CommonJS from the ES module', () => {
  test('gives the bytes compiling the TypeScript source gives, for every source of a generated package', () => {
    const dir = new URL('../../generated/tpclient/', import.meta.url).pathname;
    for (const f of ['client', 'operations', 'mock', 'fixtures', 'index']) {
      const source = readFileSync(join(dir, `${f}.ts`), 'utf8');
      const { js } = compileFile(`${f}.ts`, source);
      expect(compileCjs(`${f}.js`, js), f).toBe(compileCjs(`${f}.ts`, source));
      expect(readFileSync(join(dir, 'dist', 'cjs', `${f}.js`), 'utf8'), f).toBe(compileCjs(`${f}.js`, js));
    }
  });

  test('imports used only as types, type-only re-exports and classes come out alike', () => {
    const source = [
      "import { A, b } from './a.js';",
      "import type { C } from './c.js';",
      "export type { C } from './c.js';",
      "export * from './types.js';",
      "export * as d from './d.js';",
      'export class K { constructor(private readonly a: A, public c?: C) {} get b(): number { return b; } }',
      'export async function f(x: A): Promise<A> { return x; }',
      '',
    ].join('\n');
    const { js } = compileFile('m.ts', source);
    const cjs = compileCjs('m.js', js);
    expect(cjs).toBe(compileCjs('m.ts', source));
    expect(cjs).toContain('require("./a.js")');
    expect(cjs).not.toContain('./c.js');
  });
});
