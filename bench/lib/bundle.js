// Bundle benchmark: what one operation of a big generated client costs a browser bundle. The
// package of the xWeb WSDL is generated (`svcgen generate`, as a user runs it), installed into a
// temporary node_modules by a link, and entries that call ONE operation are bundled and minified
// with esbuild (a dependency of vitest): the import a consumer writes today (`createClient` and
// one call), and per-operation exports where the package has them (a `<pkg>/operations` subpath
// or a named function of the package's root); "n/a" where it has none.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { packageSources } from './generation.js';
import { ROOT, runNode, tempDir } from './measure.js';

const CORPUS = resolve(ROOT, process.env.SVCGEN_CORPUS || '../shared/corpus', 'wsdl');
const ESBUILD = join(ROOT, 'node_modules/.bin/esbuild');
/** The big xWeb WSDL of the corpus, and the operation a consumer calls. */
export const BUNDLE_INPUT = 'netforum-xweb/xWeb-2010.wsdl';
export const BUNDLE_OPERATION = 'GetFacadeObject';

const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/** The client method of `operation`, else the first method of the client interface. */
function clientMethod(clientTs, operation) {
  const wanted = lowerFirst(operation);
  if (new RegExp(`^\\s+${wanted}\\(`, 'm').test(clientTs)) return wanted;
  const body = /export interface \w+Client\b[^{]*\{([\s\S]*?)\n\}/.exec(clientTs)?.[1] ?? '';
  return /^ {2}([A-Za-z_$][\w$]*)\(/m.exec(body)?.[1];
}

/** Minified and gzip bytes of `entry` bundled for browsers, or the error. */
function bundle(dir, name, code) {
  const entry = join(dir, `${name}.mjs`);
  const out = join(dir, `${name}.out.js`);
  writeFileSync(entry, code);
  const r = spawnSync(ESBUILD, [entry, '--bundle', '--minify', '--format=esm', '--platform=browser', `--outfile=${out}`, '--log-level=error'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) return { error: (r.stderr || r.error?.message || `exit ${r.status}`).split('\n').find(Boolean)?.slice(0, 160) };
  const bytes = readFileSync(out);
  return { minBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Runs the bundle benchmark on `spec` (default: the corpus xWeb WSDL; skipped when the corpus is
 * missing). `filter`: skipped unless the input's name contains it.
 */
export async function runBundle({ spec, filter, log = () => {} } = {}) {
  const file = spec ? resolve(ROOT, spec) : join(CORPUS, BUNDLE_INPUT);
  const label = spec ?? BUNDLE_INPUT;
  if (filter && !label.includes(filter)) return { skipped: `--filter ${filter} does not match ${label}` };
  if (!existsSync(file)) return { skipped: `${file} not found (set SVCGEN_CORPUS to the corpus folder)` };
  if (!existsSync(ESBUILD)) return { skipped: 'node_modules/.bin/esbuild not found' };
  const work = tempDir('bundle');
  try {
    log(`bundle: generating ${label}`);
    const out = join(work, 'out');
    const gen = runNode([join(ROOT, 'bin/svcgen.js'), 'generate', file, '--out', out, '--name', 'xweb']);
    if (!gen.ok) return { skipped: `svcgen generate failed: ${gen.stderr.split('\n').find(Boolean) ?? gen.exit}` };
    const folder = readdirSync(out).find((d) => statSync(join(out, d)).isDirectory());
    const pkgDir = join(out, folder);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const method = clientMethod(readFileSync(join(pkgDir, 'client.ts'), 'utf8'), BUNDLE_OPERATION);
    if (!method) return { skipped: `no client method found in ${label}` };
    // Installed as a consumer has it: node_modules/<name> resolved through its package.json exports.
    const modules = join(work, 'node_modules', ...pkg.name.split('/').slice(0, -1));
    mkdirSync(modules, { recursive: true });
    symlinkSync(pkgDir, join(work, 'node_modules', pkg.name), 'dir');

    const entries = [];
    log(`bundle: ${pkg.name} ${method} (createClient)`);
    const today = `import { createClient } from '${pkg.name}';\nconst client = createClient({ endpoint: 'https://example.invalid/xweb.asmx' });\nexport const call = (request) => client.${method}(request);\n`;
    entries.push({ label: 'createClient + one call', code: `import { createClient } from '${pkg.name}'; client.${method}(…)`, ...bundle(work, 'client', today) });

    // Per-operation exports, where the package offers them.
    const subpath = pkg.exports && typeof pkg.exports === 'object' && './operations' in pkg.exports;
    const opCode = `import { connect, ${method} } from '${pkg.name}/operations'; ${method}(connect(…), …)`;
    if (subpath) {
      log(`bundle: ${pkg.name}/operations ${method}`);
      entries.push({ label: 'operations subpath', code: opCode, ...bundle(work, 'operations', `import { connect, ${method} } from '${pkg.name}/operations';\nconst connection = connect({ endpoint: 'https://example.invalid/xweb.asmx' });\nexport const call = (request) => ${method}(connection, request);\n`) });
    } else entries.push({ label: 'operations subpath', code: opCode, na: true });
    const root = await import(pathToFileURL(join(pkgDir, pkg.module ?? 'dist/index.js')).href).catch(() => ({}));
    const namedCode = `import { ${method} } from '${pkg.name}'`;
    if (typeof root[method] === 'function') {
      log(`bundle: ${pkg.name} named export ${method}`);
      entries.push({ label: 'named function export', code: namedCode, ...bundle(work, 'named', `export { ${method} } from '${pkg.name}';\n`) });
    } else entries.push({ label: 'named function export', code: namedCode, na: true });

    return { input: label, operation: BUNDLE_OPERATION, method, package: pkg.name, sourceBytes: packageSources(out).bytes, entries };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
