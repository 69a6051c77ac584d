/**
 * svcgen's configuration: `svcgen.config.ts`, `svcgen.config.mjs` or `svcgen.config.json`, found
 * by walking up from the working directory (or named with `--config`). Every path in it is
 * resolved against the folder that holds it (the config root), so the output is the same wherever
 * svcgen is started. Unknown keys are errors with a did-you-mean.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';

/** File names a config may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['svcgen.config.ts', 'svcgen.config.mjs', 'svcgen.config.json'] as const;

/** How a package's `version` is chosen. */
export type VersionPolicy =
  /** Start at 1.0.0 and bump by semver when the service's IR changes (the default). */
  | 'auto'
  /** This exact version, always. */
  | `${number}.${number}.${number}${string}`;

/** One service: the spec files describing it and the package made from it. */
export interface ServiceConfig {
  /** Spec files (relative to the config root) describing the service. */
  readonly specs: readonly string[];
  /** Service name used in the generated code (default: the config key). */
  readonly name?: string;
  /** Generate only these operations and the types they need. */
  readonly operations?: readonly string[];
  /** npm package name, scoped allowed (default: the config key, lower-cased and made valid for npm). */
  readonly packageName?: string;
  /** `"auto"` (default) or a fixed semver version. */
  readonly version?: VersionPolicy;
  /** The package's `license` field (default `UNLICENSED`). */
  readonly license?: string;
  /** Where JSDoc says "From file:line:column" (overrides the top-level setting). */
  readonly sourceLocations?: SourceLocationsSetting;
}

/** The whole configuration. */
export interface SvcgenConfig {
  /** JSON schema reference (JSON configs only); ignored. */
  readonly $schema?: string;
  /** Output folder (relative to the config root); default `generated`. */
  readonly out?: string;
  /**
   * Where JSDoc says "From file:line:column" (relative to the config root): `"types"` (default;
   * `true` too) once per type and operation, `"all"` on members as well, `false` nowhere.
   */
  readonly sourceLocations?: SourceLocationsSetting;
  /** Folders WSDL/XSD imports may resolve under besides each spec's own folder (relative to the config). */
  readonly importRoots?: readonly string[];
  /** Services by output folder name. */
  readonly services: Readonly<Record<string, ServiceConfig>>;
}

/** A configuration as loaded: where it was found and its services with defaults filled in. */
export interface LoadedConfig {
  /** The config file. */
  readonly path: string;
  /** The folder of the config file: every path is relative to it. */
  readonly root: string;
  /** Absolute output folder. */
  readonly out: string;
  /** Absolute folders imports may also resolve under. */
  readonly importRoots: readonly string[];
  readonly services: readonly ResolvedService[];
}

export interface ResolvedService {
  /** Output folder name (the config key). */
  readonly folder: string;
  readonly name: string;
  readonly specs: readonly string[];
  readonly operations?: readonly string[];
  readonly packageName: string;
  readonly version: VersionPolicy;
  readonly license: string;
  readonly sourceLocations: SourceLocations;
}

/** Where generated JSDoc gives source locations: per type and operation, on members too, or nowhere. */
export type SourceLocations = 'types' | 'all' | false;
/** The setting as written (`true` is `"types"`). */
export type SourceLocationsSetting = SourceLocations | true;

/** The setting as used; `undefined` when the value is not one (the caller reports it). */
export function sourceLocationsOf(value: unknown): SourceLocations | undefined {
  if (value === true || value === 'types') return 'types';
  if (value === 'all' || value === false) return value;
  return undefined;
}

/** Types a config file written in TypeScript or JavaScript: `export default defineConfig({ ... })`. */
export function defineConfig(config: SvcgenConfig): SvcgenConfig {
  return config;
}

/** A problem with the configuration or the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const TOP_KEYS = ['$schema', 'out', 'sourceLocations', 'importRoots', 'services'] as const;
export const SERVICE_KEYS = ['specs', 'name', 'operations', 'packageName', 'version', 'license', 'sourceLocations'] as const;

/** The nearest config file in `from` or one of its parents. */
export function findConfig(from: string = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads and checks a configuration. With no path, the nearest config file above `cwd` is used;
 * a UsageError says so when there is none.
 */
export async function loadConfig(path?: string, options: { cwd?: string } = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const file = path ? resolve(cwd, path) : findConfig(cwd);
  if (!file) throw new UsageError(`no spec given and no ${CONFIG_NAMES.join(', ')} found in ${cwd} or a folder above it: name spec files, or create a config`);
  if (!existsSync(file)) throw new UsageError(`no spec given and the config ${path ?? file} does not exist`);
  const raw = await readConfigFile(file);
  return resolveConfig(raw, file);
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (e) {
      throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
    }
  }
  let target = file;
  let temp: string | undefined;
  if (/\.[cm]?ts$/.test(file)) {
    // TypeScript configs are transpiled (types dropped, nothing checked) to a module beside the
    // original, so its relative imports and package imports resolve as they would from there.
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.mjs`);
    writeFileSync(temp, out.outputText);
    target = temp;
  }
  try {
    const mod = (await import(pathToFileURL(target).href)) as { default?: unknown };
    const value = mod.default;
    return typeof value === 'function' ? await (value as () => unknown)() : value;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file} could not be loaded: ${(e as Error).message}`);
  } finally {
    if (temp) rmSync(temp, { force: true });
  }
}

/** Checks a configuration object read from `file` and fills in the defaults. */
export function resolveConfig(raw: unknown, file: string): LoadedConfig {
  const where = file;
  if (!isRecord(raw)) throw new UsageError(`${where}: expected an object {"services": {"name": {"specs": [...]}}}`);
  unknownKeys(raw, TOP_KEYS, where, '', SERVICE_KEYS);
  if (raw.out !== undefined && typeof raw.out !== 'string') throw new UsageError(`${where}: "out" must be a folder path`);
  if (raw.sourceLocations !== undefined && sourceLocationsOf(raw.sourceLocations) === undefined) throw new UsageError(`${where}: "sourceLocations" must be "types", "all", true or false, got ${JSON.stringify(raw.sourceLocations)}`);
  if (raw.importRoots !== undefined && (!Array.isArray(raw.importRoots) || !raw.importRoots.every((x) => typeof x === 'string'))) throw new UsageError(`${where}: "importRoots" must be a list of folder paths`);
  if (!isRecord(raw.services)) throw new UsageError(`${where}: expected {"services": {"name": {"specs": [...]}}}`);
  const root = dirname(file);
  const services: ResolvedService[] = [];
  const packages = new Map<string, string>();
  for (const [key, s] of Object.entries(raw.services)) {
    const at = `${where}: service "${key}"`;
    if (!/^[A-Za-z0-9._-]+$/.test(key) || key === '.' || key === '..') throw new UsageError(`${where}: service key "${key}" must be a plain folder name (letters, digits, ".", "_", "-")`);
    if (!isRecord(s)) throw new UsageError(`${at} must be an object with a "specs" list`);
    unknownKeys(s, SERVICE_KEYS, at, `services.${key}.`, TOP_KEYS);
    if (!Array.isArray(s.specs) || s.specs.length === 0 || !s.specs.every((x) => typeof x === 'string')) throw new UsageError(`${at} needs a non-empty "specs" list of file paths`);
    if (s.name !== undefined && typeof s.name !== 'string') throw new UsageError(`${at}: "name" must be a string`);
    if (s.operations !== undefined && (!Array.isArray(s.operations) || !s.operations.every((x) => typeof x === 'string'))) throw new UsageError(`${at}: "operations" must be a list of operation names`);
    if (s.packageName !== undefined && (typeof s.packageName !== 'string' || npmNameProblem(s.packageName))) throw new UsageError(`${at}: "packageName" ${typeof s.packageName === 'string' ? `"${s.packageName}" is not a valid npm package name: ${npmNameProblem(s.packageName)}` : 'must be a string'}`);
    if (s.version !== undefined && !(s.version === 'auto' || (typeof s.version === 'string' && SEMVER.test(s.version)))) throw new UsageError(`${at}: "version" must be "auto" or a semver version such as "1.2.0", got ${JSON.stringify(s.version)}`);
    if (s.license !== undefined && (typeof s.license !== 'string' || !s.license.trim())) throw new UsageError(`${at}: "license" must be an SPDX identifier such as "MIT" or "UNLICENSED"`);
    if (s.sourceLocations !== undefined && sourceLocationsOf(s.sourceLocations) === undefined) throw new UsageError(`${at}: "sourceLocations" must be "types", "all", true or false, got ${JSON.stringify(s.sourceLocations)}`);
    const packageName = (s.packageName as string | undefined) ?? npmName(key);
    const clash = packages.get(packageName);
    if (clash) throw new UsageError(`${where}: services "${clash}" and "${key}" would both be the npm package "${packageName}"; set "packageName" on one of them`);
    packages.set(packageName, key);
    services.push({
      folder: key,
      name: (s.name as string | undefined) ?? key,
      specs: (s.specs as string[]).map((p) => p),
      ...(s.operations ? { operations: s.operations as string[] } : {}),
      packageName,
      version: (s.version as VersionPolicy | undefined) ?? 'auto',
      license: (s.license as string | undefined) ?? 'UNLICENSED',
      sourceLocations: sourceLocationsOf(s.sourceLocations ?? raw.sourceLocations ?? 'types')!,
    });
  }
  const importRoots = ((raw.importRoots as string[] | undefined) ?? []).map((r) => resolve(root, r));
  return { path: file, root, out: resolve(root, (raw.out as string | undefined) ?? 'generated'), importRoots, services };
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], where: string, prefix: string, otherLevel: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    const elsewhere = !hint && otherLevel.includes(key) && key !== 'sourceLocations' ? (prefix ? ` ("${key}" belongs at the top level)` : ` ("${key}" belongs inside each service: services.NAME.${key})`) : '';
    throw new UsageError(`${where}: unknown key "${prefix}${key}"${hint ? `; did you mean "${prefix}${hint}"?` : elsewhere || `; expected one of ${known.map((k) => `"${k}"`).join(', ')}`}`);
  }
}

/** The known word closest to `word` (by edit distance, or one being a prefix of the other), if close enough. */
export function didYouMean(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const l = k.toLowerCase();
    const d = editDistance(w, l);
    const prefix = l.length >= 3 && w.length >= 3 && (w.startsWith(l) || l.startsWith(w));
    const score = prefix ? Math.min(d, 1.5) : d;
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Why `name` is not a valid npm package name (undefined when it is). */
export function npmNameProblem(name: string): string | undefined {
  if (!name) return 'it is empty';
  if (name.length > 214) return 'it is longer than 214 characters';
  if (name !== name.toLowerCase()) return 'it has capital letters';
  if (name !== name.trim()) return 'it has spaces around it';
  const m = /^(?:@([^/]+)\/)?([^/]+)$/.exec(name);
  if (!m) return 'only a scope may hold a "/" (@scope/name)';
  for (const part of [m[1], m[2]]) {
    if (part === undefined) continue;
    if (/^[._]/.test(part)) return 'a name cannot start with "." or "_"';
    if (!/^[a-z0-9~-][a-z0-9._~-]*$/.test(part)) return 'only lower-case letters, digits, "-", ".", "_" and "~" are allowed';
  }
  if (['node_modules', 'favicon.ico'].includes(m[2])) return `"${m[2]}" is reserved`;
  return undefined;
}

/** A valid npm package name made from any name: `TPClientWebServicesAPI` → `tp-client-web-services-api`. */
export function npmName(name: string): string {
  if (!npmNameProblem(name)) return name;
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (scoped) return `@${npmName(scoped[1])}/${npmName(scoped[2])}`;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-.]+$/g, '')
    .slice(0, 214);
  return words && !npmNameProblem(words) ? words : 'service';
}

/** The folder a package is written to: its name without the scope. */
export function packageFolder(packageName: string): string {
  return packageName.replace(/^@[^/]+\//, '');
}
