import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Codes, Diagnostics, SpecError } from './diagnostics.js';
import type { Diagnostic, Service } from './ir/types.js';
import { facetWarnings } from './passes/facet-check.js';
import { mergeServices } from './passes/merge.js';
import { selectOperations } from './passes/select.js';
import { sniff } from './sniff.js';
import { LineIndex } from './util/source.js';

/**
 * Spec files → one merged, filtered Service. Everything that can go wrong with the input is a
 * SpecError or a warning in `service.diagnostics`; nothing is written here.
 */

export interface LoadOptions {
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
      return readFile(path, 'utf8');
    };
    parts.push(await parser({ file, location: pathToFileURL(abs).href, text }, {
      serviceName: options.name,
      readFile: readImport,
      importPolicy: { roots: (options.importRoots ?? []).map((r) => resolve(cwd, r)), allowAnywhere: options.allowRemoteImports === true },
    }));
  }
  let service = mergeServices(parts, options.name);
  if (options.operations?.length) service = selectOperations(service, options.operations);
  const unsatisfiable = facetWarnings(service);
  return unsatisfiable.length ? { ...service, diagnostics: [...service.diagnostics, ...unsatisfiable] } : service;
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
