/**
 * svcgen's programmatic API: `generate` does what `svcgen generate` does (spec files given, or
 * every service of a config) and returns what happened instead of printing it.
 */
import { dirname, join, resolve } from 'node:path';
import { formatChanges } from './commands/diff.js';
import { findConfig, loadConfig, npmName, npmNameProblem, packageFolder, sourceLocationsOf, UsageError, type LoadedConfig, type SourceLocations, type SourceLocationsSetting, type VersionPolicy } from './config.js';
import { emitPackage } from './emit/index.js';
import { IR_FILE, irFileText, planVersion } from './emit/version.js';
import type { Diagnostic } from './ir/types.js';
import { staleFiles, writePackages, type PackageOutput } from './output.js';
import { DEFAULT_MAX_INPUT_BYTES, failures, loadService, resolveService } from './pipeline.js';

export interface GenerateOptions {
  /** Spec files of one service (relative to `cwd`); without them the config's services are generated. */
  readonly specs?: readonly string[];
  /** Config file (default: the nearest svcgen.config.ts/.mjs/.json above `cwd`). */
  readonly config?: string;
  /** Working directory (default `process.cwd()`). */
  readonly cwd?: string;
  /** Output folder (default: the config's `out`, or `generated`). */
  readonly out?: string;
  /** Service name (spec files only). */
  readonly name?: string;
  /** npm package name, scoped allowed (spec files only; default: from `name` or the service). */
  readonly packageName?: string;
  /** `"auto"` or a fixed version (spec files only). */
  readonly version?: VersionPolicy;
  /** package.json `license` (spec files only; default `UNLICENSED`). */
  readonly license?: string;
  /** Only these operations (and the types they need). */
  readonly operations?: readonly string[];
  /**
   * Where JSDoc says "From file:line:column": `"types"` (default; `true` too) per type and
   * operation, `"all"` on members too, `false` nowhere (the config's setting wins for config runs unless given).
   */
  readonly sourceLocations?: SourceLocationsSetting;
  /** Write nothing; report the stale files. */
  readonly check?: boolean;
  /**
   * Prettier: unset (the default) writes the emitters' own layout, which is prettier's, and runs
   * prettier only on a file with a line they do not lay out; `true` runs prettier over every
   * TypeScript and Markdown file; `false` never runs it.
   */
  readonly format?: boolean;
  /** Warnings are errors. */
  readonly strict?: boolean;
  readonly maxInputBytes?: number;
  /** Folders WSDL/XSD imports may also resolve under (relative to `cwd`), besides each spec's folder and the config's `importRoots`. */
  readonly importRoots?: readonly string[];
  /** Read imports from anywhere: absolute paths, `file:` and remote URLs (default false). */
  readonly allowRemoteImports?: boolean;
  /** Each diagnostic as it is found. */
  readonly onDiagnostic?: (d: Diagnostic) => void;
  /** Progress of each service (for terminals). */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Informational lines (version changes of a package). */
  readonly onMessage?: (line: string) => void;
  /** Each pass of the pipeline as it ends, with its time (the CLI prints them under `--verbose`). */
  readonly onPass?: (name: string, ms: number) => void;
}

export interface ProgressEvent {
  /** Output folder of the service. */
  readonly service: string;
  /** 1-based position and count of services in the run. */
  readonly index: number;
  readonly total: number;
  readonly phase: 'reading' | 'rendering' | 'formatting' | 'building' | 'done';
  /** With `done`: milliseconds the service took. */
  readonly ms?: number;
}

export interface GeneratedPackage {
  readonly folder: string;
  readonly packageName: string;
  readonly version: string;
  readonly files: ReadonlyMap<string, string>;
}

export interface GenerateResult {
  /** 0 success; 1 spec errors, or (with `check`) stale files. */
  readonly code: 0 | 1;
  readonly outDir: string;
  /** The config used (config runs). */
  readonly config?: LoadedConfig;
  readonly packages: readonly GeneratedPackage[];
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** With `check`: files that would change. */
  readonly stale: readonly string[];
  /** Whether files were written. */
  readonly written: boolean;
  /** Absolute paths of the local files read: spec files and the WSDL/XSD files they import (what `--watch` watches). */
  readonly inputs: readonly string[];
}

interface Job {
  readonly folder?: string;
  readonly name?: string;
  readonly specs: readonly string[];
  readonly operations?: readonly string[];
  readonly packageName?: string;
  readonly version: VersionPolicy;
  readonly license: string;
  readonly sourceLocations: SourceLocations;
}

/**
 * Generates packages. Problems with the options or the config throw a `UsageError`; a spec that
 * cannot be read throws a `SpecError`; errors found in specs are returned (code 1, nothing written).
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const adHoc = !!options.specs?.length;
  const locations = options.sourceLocations === undefined ? undefined : sourceLocationsOf(options.sourceLocations);
  if (options.sourceLocations !== undefined && locations === undefined) throw new UsageError(`sourceLocations must be "types", "all", true or false, got ${JSON.stringify(options.sourceLocations)}`);
  let config: LoadedConfig | undefined;
  let jobs: Job[];
  let root: string;
  let outDir: string;
  if (adHoc) {
    const specs = options.specs!;
    const remote = specs.find((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s));
    if (remote) throw new UsageError(`generate reads spec files; "${remote}" is a URL. Snapshot the service first: svcgen pull ${remote} --name NAME, then svcgen generate specs/NAME/<file>`);
    if (options.packageName !== undefined && npmNameProblem(options.packageName)) throw new UsageError(`--package-name "${options.packageName}" is not a valid npm package name: ${npmNameProblem(options.packageName)}`);
    if (options.name !== undefined && !options.name.trim()) throw new UsageError('--name is empty');
    // Paths in the output (file headers, JSDoc locations) are relative to the root of the project
    // holding the first spec (the folder of its nearest config), or to that spec's folder: never
    // to the folder svcgen was started from.
    const first = resolve(cwd, specs[0]);
    const found = findConfig(dirname(first));
    root = found ? dirname(found) : dirname(first);
    jobs = [{ name: options.name?.startsWith('@') ? undefined : options.name, specs: specs.map((s) => resolve(cwd, s)), operations: options.operations, packageName: options.packageName ?? (options.name !== undefined ? npmName(options.name) : undefined), version: options.version ?? 'auto', license: options.license ?? 'UNLICENSED', sourceLocations: locations ?? 'types' }];
    outDir = resolve(cwd, options.out ?? 'generated');
  } else {
    config = await loadConfig(options.config, { cwd });
    root = config.root;
    jobs = config.services.map((s) => ({ ...s, specs: s.specs.map((p) => resolve(config!.root, p)), operations: s.operations ?? options.operations, sourceLocations: locations ?? s.sourceLocations }));
    outDir = options.out !== undefined ? resolve(cwd, options.out) : config.out;
  }
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const importRoots = [...(options.importRoots ?? []).map((r) => resolve(cwd, r)), ...(config?.importRoots ?? [])];
  const packages: GeneratedPackage[] = [];
  const diagnostics: Diagnostic[] = [];
  let errors = 0;
  let warnings = 0;
  const inputs = new Set<string>();
  for (const [i, job] of jobs.entries()) {
    const started = Date.now();
    const label = job.folder ?? job.packageName ?? job.name ?? 'service';
    const progress = (phase: ProgressEvent['phase'], ms?: number) => options.onProgress?.({ service: label, index: i + 1, total: jobs.length, phase, ...(ms !== undefined ? { ms } : {}) });
    progress('reading');
    const service = await loadService(job.specs, { name: job.name, operations: job.operations, maxInputBytes, cwd: root, importRoots, allowRemoteImports: options.allowRemoteImports === true, onPass: options.onPass, onRead: (path) => inputs.add(path) });
    for (const d of service.diagnostics) {
      diagnostics.push(d);
      options.onDiagnostic?.(d);
    }
    warnings += service.diagnostics.filter((d) => d.severity === 'warning').length;
    const failed = failures(service, !!options.strict);
    errors += failed.length;
    if (failed.length) continue;
    const packageName = job.packageName ?? npmName(service.name);
    const folder = job.folder ?? packageFolder(packageName);
    const plan = planVersion(join(outDir, folder), service);
    const version = job.version === 'auto' ? plan.version : job.version;
    const files = await emitPackage(resolveService(service, { onPass: options.onPass }), { packageName, format: options.format, version, license: job.license, sourceLocations: job.sourceLocations, progress: (p) => progress(p) });
    const all = new Map(files);
    all.set(IR_FILE, irFileText(service));
    if (plan.changes.length) for (const line of [`${folder}: service changed, version ${version}`, ...formatChanges(plan.changes)]) options.onMessage?.(line);
    if (packages.some((p) => p.folder === folder)) throw new UsageError(`two services would be written to ${join(outDir, folder)}`);
    packages.push({ folder, packageName, version, files: all });
    progress('done', Date.now() - started);
  }
  const base = { outDir, ...(config ? { config } : {}), diagnostics, errors, warnings, inputs: [...inputs] } as const;
  if (errors) return { ...base, code: 1, packages, stale: [], written: false };
  const outputs: PackageOutput[] = packages.map((p) => ({ name: p.folder, files: p.files }));
  if (options.check) {
    const stale = staleFiles(outDir, outputs, !adHoc);
    return { ...base, code: stale.length ? 1 : 0, packages, stale, written: false };
  }
  writePackages(outDir, outputs, !adHoc);
  return { ...base, code: 0, packages, stale: [], written: true };
}
