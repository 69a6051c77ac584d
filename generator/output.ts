import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writing packages: atomic per run (every package is rendered in memory first, written into a
 * temporary folder beside the output, then swapped in), never touching folders svcgen did not make
 * (each package carries a marker file), and `--check` that compares without writing.
 */

/** The marker file svcgen puts in every package folder it owns. */
export const MARKER = '.svcgen';

export interface PackageOutput {
  /** Folder name under the output directory. */
  readonly name: string;
  /** Relative path → content. */
  readonly files: ReadonlyMap<string, string>;
}

/** Files that differ between what would be written and what is on disk (paths relative to `outDir`). */
export function staleFiles(outDir: string, packages: readonly PackageOutput[], removeStale: boolean): string[] {
  const out: string[] = [];
  for (const pkg of packages) {
    const dir = join(outDir, pkg.name);
    const onDisk = new Set(existsSync(dir) ? listFiles(dir) : []);
    for (const [rel, text] of withMarker(pkg)) {
      onDisk.delete(rel);
      const path = join(dir, rel);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) out.push(join(pkg.name, rel));
    }
    for (const extra of onDisk) out.push(`${join(pkg.name, extra)} (would be removed)`);
  }
  if (removeStale) for (const name of stalePackages(outDir, packages)) out.push(`${name}/ (would be removed)`);
  return out.sort();
}

/** Writes every package atomically; with `removeStale`, deletes svcgen-made packages no longer configured. */
export function writePackages(outDir: string, packages: readonly PackageOutput[], removeStale: boolean): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create the output folder ${outDir}: ${reason(e)}`);
  }
  for (const pkg of packages) {
    const dir = join(outDir, pkg.name);
    if (existsSync(dir) && (!statSync(dir).isDirectory() || (!existsSync(join(dir, MARKER)) && readdirSync(dir).length > 0))) {
      throw new OutputError(`${dir} exists and was not made by svcgen (no ${MARKER} marker): refusing to overwrite it`);
    }
  }
  const tmp = join(outDir, `.svcgen-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  // Packages swapped in so far: undone, in reverse order, if a later step fails.
  const swapped: { dir: string; old: string | undefined }[] = [];
  try {
    for (const pkg of packages) {
      for (const [rel, text] of withMarker(pkg)) {
        const path = join(tmp, pkg.name, rel);
        mkdirSync(dirname(path), { recursive: true });
        if (!keepUnchanged(join(outDir, pkg.name, rel), text, path)) writeFileSync(path, text);
      }
    }
    for (const pkg of packages) {
      const dir = join(outDir, pkg.name);
      const old = existsSync(dir) ? join(tmp, `${pkg.name}.old`) : undefined;
      if (old) renameSync(dir, old);
      swapped.push({ dir, old });
      renameSync(join(tmp, pkg.name), dir);
    }
  } catch (e) {
    for (const { dir, old } of swapped.reverse()) {
      if (old && !existsSync(old)) continue;
      rmSync(dir, { recursive: true, force: true });
      if (old) renameSync(old, dir);
    }
    rmSync(tmp, { recursive: true, force: true });
    throw new OutputError(`writing ${outDir} failed (${reason(e)}); the folder was left as it was`);
  }
  try {
    if (removeStale) for (const name of stalePackages(outDir, packages)) rmSync(join(outDir, name), { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * A file whose content is already on disk is not written again: the existing file is linked into
 * the new package folder, so it keeps its modification time (a big `ir.json` that did not change
 * costs no write, and file watchers and build tools see only the files that changed).
 */
function keepUnchanged(current: string, text: string, target: string): boolean {
  try {
    const stat = statSync(current);
    if (!stat.isFile() || stat.size !== Buffer.byteLength(text) || readFileSync(current, 'utf8') !== text) return false;
    linkSync(current, target);
    return true;
  } catch {
    return false;
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class OutputError extends Error {}

function withMarker(pkg: PackageOutput): Map<string, string> {
  const files = new Map(pkg.files);
  files.set(MARKER, `${JSON.stringify({ generator: 'svcgen', package: pkg.name, files: [...pkg.files.keys()].sort() }, null, 2)}\n`);
  return files;
}

function stalePackages(outDir: string, packages: readonly PackageOutput[]): string[] {
  if (!existsSync(outDir)) return [];
  const keep = new Set(packages.map((p) => p.name));
  return readdirSync(outDir)
    .filter((n) => !n.startsWith('.') && !keep.has(n) && existsSync(join(outDir, n, MARKER)))
    .sort();
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}
