import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Codes, Diagnostics, SpecError } from './diagnostics.js';
import type { Resolved } from './ir/resolved.js';
import type { Diagnostic, Service } from './ir/types.js';
import { facetWarnings } from './passes/facet-check.js';
import { mergeServices } from './passes/merge.js';
import { planNames } from './passes/naming.js';
import { openWildcards } from './passes/open-wildcards.js';
import { reachability } from './passes/reachability.js';
import { selectOperations } from './passes/select.js';
import { sniff } from './sniff.js';
import { LineIndex } from './util/source.js';

/**
 * Spec files → one merged, filtered Service (`loadService`: parse, then the passes merge →
 * select → facet-check; this Service is the package's IR file) → a Resolved model for the
 * emitters (`resolveService`: open-wildcards → reachability → naming). Every pass runs here, in
 * this order, each timed under `--verbose`. Everything that can go wrong with the input is a
 * SpecError or a warning in `service.diagnostics`; nothing is written here.
 */

export interface PassOptions {
  /** Called after each pass with its name and duration in milliseconds (`--verbose` prints them). */
  readonly onPass?: (name: string, ms: number) => void;
}

/** Runs one pass, timed. */
function pass<T>(name: string, run: () => T, options: PassOptions): T {
  const started = performance.now();
  const out = run();
  options.onPass?.(name, performance.now() - started);
  return out;
}

export interface LoadOptions extends PassOptions {
  /** Service name (the config key or `--name`). */
  readonly name?: string;
  /** Only these operations (and every type they need). */
  readonly operations?: readonly string[];
  /** Refuse inputs larger than this (default 64 MB). */
  readonly maxInputBytes?: number;
  /** Directory paths in diagnostics are shown relative to (default: the working directory). */
  readonly cwd?: string;
  /** Folders WSDL/XSD imports may resolve under besides each spec's own folder. */
  readonly importRoots?: readonly string[];
  /** Read imports from anywhere (absolute paths, `file:` and remote URLs); off by default. */
  readonly allowRemoteImports?: boolean;
  /** Called with the absolute path of each local file read (the specs, then their imports as they are read). */
  readonly onRead?: (path: string) => void;
}

export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Time limit of fetching one remote WSDL/XSD import. */
const IMPORT_TIMEOUT_MS = 30_000;

export async function loadService(specs: readonly string[], options: LoadOptions = {}): Promise<Service> {
  const cwd = options.cwd ?? process.cwd();
  const max = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const parts: Service[] = [];
  for (const spec of specs) {
    const abs = resolve(cwd, spec);
    const file = relative(cwd, abs) || abs;
    const text = await readSpecText(abs, file, max);
    options.onRead?.(abs);
    const { parser } = sniff({ file, location: abs, text });
    const readImport = async (location: string) => {
      const p = location.startsWith('file:') ? new URL(location) : location;
      if (typeof p === 'string' && /^https?:/.test(p)) {
        const res = await fetch(p, { signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS) });
        if (!res.ok) throw new Error(`HTTP ${res.status} for ${p}`);
        const declared = Number(res.headers.get('content-length') ?? '0');
        if (declared > max) throw new Error(`${p} is ${declared} bytes, above the limit of ${max} bytes`);
        const text = await res.text();
        if (text.length > max) throw new Error(`${p} is above the limit of ${max} bytes`);
        return text;
      }
      const path = typeof p === 'string' ? p : p.pathname;
      await checkSize(path, relative(cwd, path), max);
      const imported = await readFile(path, 'utf8');
      options.onRead?.(resolve(path));
      return imported;
    };
    parts.push(await parser({ file, location: pathToFileURL(abs).href, text }, {
      serviceName: options.name,
      readFile: readImport,
      importPolicy: { roots: (options.importRoots ?? []).map((r) => resolve(cwd, r)), allowAnywhere: options.allowRemoteImports === true },
    }));
  }
  let service = pass('merge', () => mergeServices(parts, options.name), options);
  const operations = options.operations;
  if (operations?.length) service = pass('select', () => selectOperations(service, operations), options);
  return pass('facet-check', () => withFacetWarnings(service), options);
}

function withFacetWarnings(service: Service): Service {
  const unsatisfiable = facetWarnings(service);
  return unsatisfiable.length ? { ...service, diagnostics: [...service.diagnostics, ...unsatisfiable] } : service;
}

/**
 * The loaded service as the emitters take it: the package kind (a Web API package when an
 * operation is a Web API endpoint or every source is a Web API help page), xs:any wildcards
 * folded into open records (SOAP), the types requests and responses reach, and every identifier.
 */
export function resolveService(loaded: Service, options: PassOptions = {}): Resolved {
  const kind = loaded.operations.some((o) => o.binding === 'rest') || loaded.sources.every((s) => s.format === 'webapi-help') ? 'rest' : 'soap';
  const service = kind === 'soap' ? pass('open-wildcards', () => openWildcards(loaded), options) : loaded;
  const reach = pass('reachability', () => reachability(service), options);
  const names = pass('naming', () => planNames({ service, ...reach, ...(kind === 'soap' ? { polymorphic: true } : { rest: true }) }), options);
  return { kind, service, reach, names };
}

async function checkSize(abs: string, file: string, max: number): Promise<void> {
  let size: number;
  try {
    const info = await stat(abs);
    if (!info.isFile()) throw new SpecError({ severity: 'error', code: Codes.CONFIG, message: `cannot read ${file}: ${info.isDirectory() ? 'it is a directory' : 'not a regular file'}; name a spec file`, loc: { file, line: 1, column: 1 } });
    size = info.size;
  } catch (e) {
    if (e instanceof SpecError) throw e;
    throw new SpecError({ severity: 'error', code: Codes.CONFIG, message: `cannot read ${file}: no such file`, loc: { file, line: 1, column: 1 } });
  }
  if (size > max) {
    throw new SpecError({ severity: 'error', code: Codes.TOO_LARGE, message: `the file is ${size} bytes, above the limit of ${max} bytes (raise it with --max-input-bytes)`, loc: { file, line: 1, column: 1 } });
  }
}

async function readSpecText(abs: string, file: string, max: number): Promise<string> {
  await checkSize(abs, file, max);
  const bytes = await readFile(abs);
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Errors among the service's diagnostics (warnings count as errors under --strict). */
export function failures(service: Service, strict: boolean): Diagnostic[] {
  return service.diagnostics.filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

export { Diagnostics, LineIndex };
