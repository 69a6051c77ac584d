/**
 * Builds a generated package to JavaScript plus declarations under `dist/`, so it installs into a
 * plain Node or browser project without TypeScript. The compiler is the one bundled in ts-morph
 * (in-memory file system, its own lib files), so the build needs nothing from the consumer's
 * machine and gives the same bytes for the same sources. `package.json` is pointed at `dist/`
 * (`exports` with `types` and `import`, `types`, `main`, `files`) with `sideEffects: false` and no
 * dependencies.
 */
import { Project, ts } from 'ts-morph';

/** Compiler options of package builds: ES2022 modules for Node 18+ and current browsers. */
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

/** Adds `dist/*.js` and `dist/*.d.ts` for every TypeScript source of `files`, and updates `package.json`. */
export function withBuild(files: Map<string, string>): Map<string, string> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: OPTIONS });
  const sources = [...files.keys()].filter((f) => f.endsWith('.ts') && !f.startsWith('dist/')).sort();
  for (const f of sources) project.createSourceFile(`/pkg/${f}`, files.get(f) ?? '');
  const emitted = project.emitToMemory();
  const out = new Map([...files].filter(([f]) => !f.startsWith('dist/')));
  for (const file of emitted.getFiles().sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    out.set(file.filePath.replace(/^\/pkg\//, ''), file.text.endsWith('\n') ? file.text : `${file.text}\n`);
  }
  const pkg = out.get('package.json');
  if (pkg !== undefined) out.set('package.json', distPackageJson(pkg));
  return out;
}

/** Points a generated package.json at the build output. */
export function distPackageJson(text: string): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const { dependencies: _d, devDependencies: _dd, peerDependencies: _p, main: _m, types: _t, exports: _e, files: _f, sideEffects: _s, ...rest } = pkg;
  const ordered: Record<string, unknown> = {
    ...rest,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './package.json': './package.json',
    },
    files: ['dist', 'README.md'],
    sideEffects: false,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
