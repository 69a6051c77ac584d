/**
 * Builds a generated package to JavaScript under `dist/` (ES modules) and `dist/cjs/` (CommonJS,
 * with its own `package.json` saying so), with one set of declarations for both, so it installs into a plain Node
 * or browser project without TypeScript, and is `import`ed or `require`d alike (no require(esm)
 * needed, so Jest's default CommonJS set-up and `require` without require(esm) work). The compiler is the one bundled in ts-morph
 * (in-memory file system, its own lib files), so the build needs nothing from the consumer's
 * machine and gives the same bytes for the same sources. `package.json` is pointed at `dist/`
 * (`exports` with `types` and `import`, `types`, `main`, `files`) with `sideEffects: false` and no
 * dependencies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { cacheGet, cacheKey, cacheSet } from './cache.js';

/** The oldest Node.js generated packages support (global fetch, ES2022, the one CI runs); also in the README. */
export const NODE_FLOOR = '>=20.19';

/** Compiler options of package builds: ES2022 modules for Node 20.19+ and current browsers. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  outDir: '/pkg/dist',
  rootDir: '/pkg',
};

/**
 * What a compiled file depends on besides its text: the compiler's version and this module's own
 * code (options, the type-only shortcut), so a changed build never reads an older build's results.
 */
const RECIPE = cacheKey(ts.version, readFileSync(fileURLToPath(import.meta.url), 'utf8'));

/** Per-file results by source text: the runtime files are the same in every package of a run. */
const cache = new Map<string, { js: string; dts?: string }>();
const cjsCache = new Map<string, string>();

/**
 * The CommonJS form of one file (`transpileModule`): of an ES module's JavaScript (`path` ending in
 * `.js`; the build passes a source's compiled ES module, a fraction of the source to parse, and
 * gets the same bytes as from the source) or of a TypeScript source. A module of types only is an
 * empty module.
 */
export function compileCjs(path: string, text: string): string {
  const hit = cjsCache.get(text);
  if (hit !== undefined) return hit;
  if (typeOnly(text)) {
    const empty = `${leadingComments(text)}"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n`;
    cjsCache.set(text, empty);
    return empty;
  }
  const key = cacheKey('cjs', RECIPE, text);
  let js = cacheGet('build', key);
  if (js === undefined) {
    const javascript = path.endsWith('.js');
    js = withNewline(ts.transpileModule(text, { fileName: `/pkg/${path}`, compilerOptions: { ...OPTIONS, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, isolatedModules: true, ...(javascript ? { allowJs: true, declaration: false } : {}) } }).outputText);
    cacheSet('build', key, js);
  }
  cjsCache.set(text, js);
  return js;
}

/** Marks `dist/cjs/` as CommonJS inside a `"type": "module"` package. */
export const CJS_PACKAGE_JSON = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

/**
 * Compiles one file on its own (no program): JavaScript with `transpileModule`, declarations with
 * `transpileDeclaration`. Generated code is written so that every export's type is explicit or
 * plainly inferable, so per-file declarations equal what a whole-program build emits, at a
 * fraction of its time and memory.
 */
export function compileFile(path: string, text: string): { js: string; dts?: string } {
  const hit = cache.get(text);
  if (hit) return hit;
  if (typeOnly(text)) {
    // A module of type declarations only (types.ts): it is its own declaration file and its
    // JavaScript is empty. Compiling it would only re-print it, at the cost of the largest parse
    // of the package (several MB for the biggest WSDLs).
    const result = { js: `${leadingComments(text)}export {};\n`, dts: withNewline(text) };
    cache.set(text, result);
    return result;
  }
  // Then the disk cache: unchanged files of an earlier run are not compiled again.
  const key = cacheKey('esm', RECIPE, text);
  const stored = cacheGet('build', key);
  const result = stored !== undefined ? (JSON.parse(stored) as { js: string; dts?: string }) : compileFresh(path, text);
  if (stored === undefined) cacheSet('build', key, JSON.stringify(result));
  cache.set(text, result);
  return result;
}

function compileFresh(path: string, text: string): { js: string; dts?: string } {
  const compilerOptions = { ...OPTIONS, isolatedModules: true, isolatedDeclarations: true };
  const js = ts.transpileModule(text, { fileName: `/pkg/${path}`, compilerOptions }).outputText;
  const decl = ts.transpileDeclaration(text, { fileName: `/pkg/${path}`, compilerOptions, reportDiagnostics: true });
  // Where a declaration needs inference across files, the per-file result may differ from a
  // program's: such files get their declarations from a program instead (see withBuild).
  const dts = decl.diagnostics?.length ? undefined : withNewline(decl.outputText);
  return { js: withNewline(js), dts };
}

/**
 * True when every top-level statement is a type declaration or a type-only import/export. Generated
 * modules are formatted with top-level statements at column 0 and everything inside them indented
 * (or a closing bracket), so the check reads line starts; anything else answers false and the file
 * is compiled.
 */
export function typeOnly(text: string): boolean {
  let inComment = false;
  for (const line of text.split('\n')) {
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (line === '' || /^[\s})\]|&]/.test(line) || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      inComment = !line.includes('*/');
      continue;
    }
    if (/^(export (interface|type) [\p{L}\p{Nl}$_]|import type |export type \{|export type \* )/u.test(line)) continue;
    return false;
  }
  return true;
}

/** The comment lines heading a module (kept above `export {}` in its JavaScript). */
function leadingComments(text: string): string {
  let out = '';
  for (const line of text.split('\n')) {
    if (!line.startsWith('//') && !(line.startsWith('/*') && line.trimEnd().endsWith('*/'))) break;
    out += `${line}\n`;
  }
  return out;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Declarations of `targets` from a program over the whole package (checked lazily, per file). */
export function programDeclarations(files: Map<string, string>, sources: string[], targets: string[]): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: OPTIONS });
  // Declarations written in final form take part, so imports of their modules resolve.
  for (const f of [...sources, ...[...files.keys()].filter((p) => p.endsWith('.d.ts') && !p.startsWith('dist/'))]) project.createSourceFile(`/pkg/${f}`, files.get(f) ?? '');
  const out = new Map<string, string>();
  for (const target of targets) {
    const result = project.emitToMemory({ targetSourceFile: project.getSourceFileOrThrow(`/pkg/${target}`), emitOnlyDtsFiles: true });
    for (const file of result.getFiles()) out.set(target, withNewline(file.text));
  }
  return out;
}

/**
 * True for a file the emitter writes in its final form: JavaScript (`.js` an ES module, `.cjs` its
 * CommonJS twin) or declarations (`.d.ts`, `.d.cts`). The build copies such files as they are and
 * prettier leaves them alone.
 */
export function isFinal(path: string): boolean {
  return /\.(?:c?js|d\.c?ts)$/.test(path);
}

/** A TypeScript source the build compiles (not a declaration file). */
function isSource(path: string): boolean {
  return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.startsWith('dist/');
}

/**
 * Files written in final form go to `dist/`: `x.d.ts` to `dist/cjs/x.d.ts` (declarations serve both
 * builds, see `withBuild`), `x.cjs` to `dist/cjs/x.js`, `x.d.cts` to `dist/cjs/x.d.ts`. A module `x.js`
 * that imports nothing (a data module) is not copied: `dist/x.js` re-exports it (`shipped` lists it
 * for `files` of package.json); another is copied. A `x.js` without a CommonJS form (`x.cjs`, or a
 * `dist/cjs/x.js` the emitter wrote) gets one from `transpileModule` (cached like the sources).
 */
function finalFiles(files: Map<string, string>): { emitted: [string, string][]; shipped: string[] } {
  const out = new Map<string, string>();
  const shipped: string[] = [];
  const paths = [...files.keys()].filter((f) => isFinal(f) && !f.startsWith('dist/')).sort();
  for (const f of paths) {
    const text = files.get(f) ?? '';
    if (f.endsWith('.d.ts')) {
      if (!files.has(f.replace(/\.d\.ts$/, '.d.cts'))) out.set(`dist/cjs/${f}`, text);
    } else if (f.endsWith('.d.cts')) out.set(`dist/cjs/${f.replace(/\.d\.cts$/, '.d.ts')}`, text);
    else if (f.endsWith('.cjs')) out.set(`dist/cjs/${f.replace(/\.cjs$/, '.js')}`, text);
    else {
      if (selfContained(text)) {
        out.set(`dist/${f}`, `export * from '${'../'.repeat(f.split('/').length)}${f}';\n`);
        shipped.push(f);
      } else out.set(`dist/${f}`, text);
      if (!files.has(f.replace(/\.js$/, '.cjs')) && !files.has(`dist/cjs/${f}`)) out.set(`dist/cjs/${f}`, compileCjs(f, text));
    }
  }
  return { emitted: [...out], shipped };
}

/**
 * True for an ES module without imports, re-exports or a default export: `export * from` it gives
 * all of it, from any folder.
 */
export function selfContained(text: string): boolean {
  return !/^\s*(?:import\b|export\s+(?:\*|\{[^}]*\}|type\s+\{[^}]*\})\s*from\b|export\s+default\b)/m.test(text) && !/\bimport\s*\(/.test(text);
}

/** The outputs of source `f` under `dist/`: ES module JavaScript, its CommonJS twin and the declarations of both. */
function outputsOf(f: string): [string, string, string] {
  const stem = f.replace(/\.ts$/, '');
  return [`dist/${stem}.js`, `dist/cjs/${stem}.js`, `dist/cjs/${stem}.d.ts`];
}

/**
 * Adds the build of every TypeScript source of `files` (and of the files written in final form,
 * see `finalFiles`), and updates `package.json`: `dist/x.js` (ES module), `dist/cjs/x.js`
 * (CommonJS) and `dist/cjs/x.d.ts`. The declarations are written once, under `dist/cjs/`, and
 * serve both builds: the ES entry points' declarations (`dist/index.d.ts`, `dist/operations.d.ts`)
 * re-export them (`export * from './cjs/index.js'`), which TypeScript resolves under NodeNext,
 * Node16 and Bundler alike, while a CommonJS consumer reads `dist/cjs/` directly (a `.d.ts` there is
 * CommonJS, as `dist/cjs/package.json` says). A source whose outputs are already in `files` (the
 * runtime, built with svcgen) is not compiled again.
 */
export function withBuild(files: Map<string, string>): Map<string, string> {
  const all = [...files.keys()].filter(isSource).sort();
  const sources = all.filter((f) => !outputsOf(f).every((o) => files.has(o)));
  const out = new Map([...files].filter(([f]) => !f.startsWith('dist/')));
  const final = finalFiles(files);
  const emitted: [string, string][] = [...[...files].filter(([f]) => f.startsWith('dist/') && !final.emitted.some(([p]) => p === f)), ...final.emitted];
  const compiled = new Map(sources.map((f) => [f, compileFile(f, files.get(f) ?? '')] as const));
  const pending = sources.filter((f) => compiled.get(f)!.dts === undefined);
  const fromProgram = pending.length ? programDeclarations(files, all, pending) : new Map<string, string>();
  for (const f of sources) {
    const { js, dts } = compiled.get(f)!;
    const stem = f.replace(/\.ts$/, '');
    // CommonJS from the ES module just compiled (a module of types only has its own shortcut).
    const source = files.get(f) ?? '';
    const cjs = typeOnly(source) ? compileCjs(f, source) : compileCjs(`${stem}.js`, js);
    emitted.push([`dist/${stem}.js`, js], [`dist/cjs/${stem}.d.ts`, dts ?? fromProgram.get(f) ?? ''], [`dist/cjs/${stem}.js`, cjs]);
  }
  const entries = all.filter((f) => f === 'index.ts' || SUBPATHS.has(f));
  for (const f of entries) {
    const stem = f.replace(/\.ts$/, '');
    emitted.push([`dist/${stem}.d.ts`, `${leadingComments(files.get(f) ?? '')}export * from './cjs/${stem}.js';\n`]);
  }
  if (emitted.length) emitted.push(['dist/cjs/package.json', CJS_PACKAGE_JSON]);
  for (const [path, text] of emitted.sort((a, b) => a[0].localeCompare(b[0]))) out.set(path, text);
  const pkg = out.get('package.json');
  if (pkg !== undefined) out.set('package.json', distPackageJson(pkg, entries.filter((f) => SUBPATHS.has(f)).map((f) => f.replace(/\.ts$/, '')), final.shipped));
  return out;
}

/** Modules that are entry points of their own beside `index` (`pkg/operations`): one function per operation. */
const SUBPATHS = new Set(['operations.ts']);

/**
 * Points a generated package.json at the build output; `subpaths` are further entry points
 * (`operations`), `shipped` modules outside `dist/` that it re-exports (data modules).
 */
export function distPackageJson(text: string, subpaths: readonly string[] = [], shipped: readonly string[] = []): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const { dependencies: _d, devDependencies: _dd, peerDependencies: _p, main: _m, types: _t, exports: _e, files: _f, sideEffects: _s, ...rest } = pkg;
  const ordered: Record<string, unknown> = {
    ...rest,
    main: './dist/cjs/index.js',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
        default: './dist/index.js',
      },
      ...Object.fromEntries(
        subpaths.map((s) => [
          `./${s}`,
          {
            import: { types: `./dist/${s}.d.ts`, default: `./dist/${s}.js` },
            require: { types: `./dist/cjs/${s}.d.ts`, default: `./dist/cjs/${s}.js` },
            default: `./dist/${s}.js`,
          },
        ]),
      ),
      './package.json': './package.json',
    },
    files: ['dist', ...shipped, 'README.md'],
    sideEffects: false,
    engines: { node: NODE_FLOOR },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
