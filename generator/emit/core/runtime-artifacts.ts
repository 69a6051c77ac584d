/**
 * The runtime every generated package carries (`templates/runtime/*.ts`), formatted and compiled
 * once, when svcgen itself is built (`npm run build` writes `dist/runtime.json`), and copied into
 * packages from there: its formatted source, its ES module and CommonJS JavaScript and its
 * declarations. A generation run never formats or compiles the runtime again.
 *
 * Each entry records the SHA-256 of the template it was built from and the versions of the tools
 * that built it; an entry that does not match its template (a runtime edited without a rebuild,
 * a checkout without `npm run build`) is rebuilt in memory on first use, so output never depends
 * on whether the artifacts are fresh, only the time does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { compileCjs, compileFile, programDeclarations } from './build-js.js';
import { formatFiles, PRETTIER_VERSION } from './format.js';

/** One runtime file in every form a package needs. */
export interface RuntimeArtifact {
  /** SHA-256 of the template text, plus the tool versions (see `recipe`). */
  readonly hash: string;
  /** The formatted TypeScript source (`runtime/x.ts`). */
  readonly ts: string;
  /** ES module JavaScript (`dist/runtime/x.js`). */
  readonly js: string;
  /** CommonJS JavaScript (`dist/cjs/runtime/x.js`). */
  readonly cjs: string;
  /** Declarations (`dist/runtime/x.d.ts`, `dist/cjs/runtime/x.d.ts`). */
  readonly dts: string;
}

/**
 * Stands for the package's file header while the runtime is built: a line comment, which prettier
 * and the compiler keep as it is, replaced by the real header when a package gets the file.
 */
export const HEADER_PLACEHOLDER = '// @svcgen-file-header@';

const TEMPLATES = fileURLToPath(new URL('../../../templates/runtime/', import.meta.url));
/** Written by `npm run build` (see `writeRuntimeArtifacts`), next to the compiled generator. */
export const ARTIFACTS_FILE = fileURLToPath(new URL('../../../dist/runtime.json', import.meta.url));

/** What the artifacts depend on besides the template: the tools and this recipe's version. */
function recipe(): string {
  return `recipe 1; prettier ${PRETTIER_VERSION}; typescript ${ts.version}`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(recipe()).update('\u0000').update(text).digest('hex');
}

/** Names of the runtime templates, sorted. */
export function runtimeNames(): string[] {
  return readdirSync(TEMPLATES)
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

let loaded: Map<string, RuntimeArtifact> | undefined;

function stored(): Map<string, RuntimeArtifact> {
  if (loaded) return loaded;
  loaded = new Map();
  if (existsSync(ARTIFACTS_FILE)) {
    try {
      const data = JSON.parse(readFileSync(ARTIFACTS_FILE, 'utf8')) as Record<string, RuntimeArtifact>;
      for (const [name, a] of Object.entries(data)) loaded.set(name, a);
    } catch {
      // An unreadable file is the same as none: everything is rebuilt in memory.
    }
  }
  return loaded;
}

/**
 * The artifacts of the named runtime files: the stored ones where they match their template, the
 * others built now (and kept for the rest of the process).
 */
export async function runtimeArtifacts(names: readonly string[]): Promise<Map<string, RuntimeArtifact>> {
  const cache = stored();
  const out = new Map<string, RuntimeArtifact>();
  const stale: [string, string][] = [];
  for (const name of names) {
    const hash = hashOf(readFileSync(`${TEMPLATES}${name}`, 'utf8'));
    const hit = cache.get(name);
    if (hit && hit.hash === hash) out.set(name, hit);
    else stale.push([name, hash]);
  }
  if (stale.length) {
    // Declarations may need the other runtime files (imports), so the whole runtime takes part.
    const built = await buildArtifacts(runtimeNames());
    for (const [name, a] of built) cache.set(name, a);
    for (const [name] of stale) out.set(name, built.get(name)!);
  }
  return out;
}

/** Formats and compiles the named runtime templates (all of them, for declarations across files). */
async function buildArtifacts(names: readonly string[]): Promise<Map<string, RuntimeArtifact>> {
  const raw = new Map(names.map((n) => [n, readFileSync(`${TEMPLATES}${n}`, 'utf8')] as const));
  const formatted = await formatFiles(new Map([...raw].map(([n, text]) => [`runtime/${n}`, `${HEADER_PLACEHOLDER}\n${text}`])));
  const compiled = new Map([...formatted].map(([path, text]) => [path, compileFile(path, text)] as const));
  const pending = [...compiled].filter(([, c]) => c.dts === undefined).map(([path]) => path);
  const fromProgram = pending.length ? programDeclarations(formatted, [...formatted.keys()], pending) : new Map<string, string>();
  const out = new Map<string, RuntimeArtifact>();
  for (const [name, text] of raw) {
    const path = `runtime/${name}`;
    const source = formatted.get(path)!;
    const { js, dts } = compiled.get(path)!;
    out.set(name, { hash: hashOf(text), ts: source, js, cjs: compileCjs(path, source), dts: dts ?? fromProgram.get(path) ?? '' });
  }
  return out;
}

/**
 * Writes `dist/runtime.json` unless it is already up to date (run by `npm run build`). Returns
 * whether it wrote.
 */
export async function writeRuntimeArtifacts(file = ARTIFACTS_FILE): Promise<boolean> {
  const names = runtimeNames();
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current) {
    try {
      const data = JSON.parse(current) as Record<string, RuntimeArtifact>;
      const fresh = Object.keys(data).join() === names.join() && names.every((n) => data[n]?.hash === hashOf(readFileSync(`${TEMPLATES}${n}`, 'utf8')));
      if (fresh) return false;
    } catch {
      // Rebuilt below.
    }
  }
  const built = await buildArtifacts(names);
  // Atomically: a generation reading it meanwhile sees the old file or the new one, never half.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(Object.fromEntries(built))}\n`);
  renameSync(temp, file);
  loaded = built;
  return true;
}

/** The text of an artifact with the package's header in place of the placeholder. */
export function withHeader(text: string, header: string): string {
  const at = text.indexOf(HEADER_PLACEHOLDER);
  return at < 0 ? text : text.slice(0, at) + header + text.slice(at + HEADER_PLACEHOLDER.length);
}
