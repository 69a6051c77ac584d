/**
 * `svcgen diff OLD NEW` and `svcgen diff NEW --git-rev REV`: reads two versions of one service
 * (each a spec folder, a spec file, a comma-separated list of spec files, or a package's stored
 * `ir.json`), compares their IR and prints the changes grouped as breaking and non-breaking, each
 * with its location. With `--git-rev`, the old version is NEW's files as committed at REV
 * (`git show REV:path`). Exit code 1 when something breaks callers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Service } from '../ir/types.js';
import { loadService, type LoadOptions } from '../pipeline.js';
import { readIr } from '../emit/version.js';
import { diffServices, type Change } from '../ir/diff.js';
import { PULL_MANIFEST, pulledSpecs, type PullManifest } from './pull.js';

/** A usage problem with the diff arguments. */
export class DiffInputError extends Error {}

/** The spec files of one side: a folder's specs (its pull manifest decides when there is one), a file, or `a,b,c`. */
export function specFiles(arg: string, cwd: string, list: (dir: string) => string[] = (d) => listDir(resolve(cwd, d))): string[] {
  const parts = arg.split(',').filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const abs = resolve(cwd, p);
    if (existsSync(abs) && statSync(abs).isDirectory()) out.push(...folderSpecs(p, abs, list));
    else out.push(p);
  }
  if (!out.length) throw new DiffInputError(`no spec files in ${arg}`);
  return out;
}

function folderSpecs(rel: string, abs: string, list: (dir: string) => string[]): string[] {
  const manifest = join(abs, PULL_MANIFEST);
  if (existsSync(manifest)) return pulledSpecs(JSON.parse(readFileSync(manifest, 'utf8')) as PullManifest).map((f) => join(rel, f));
  return list(rel).filter((f) => !f.startsWith('.') && f !== PULL_MANIFEST).map((f) => join(rel, f));
}

function listDir(abs: string): string[] {
  return readdirSync(abs).filter((f) => statSync(join(abs, f)).isFile()).sort();
}

/** Loads one side: a stored `ir.json` as is, otherwise the specs through the pipeline. */
export async function loadSide(arg: string, options: LoadOptions & { cwd: string }): Promise<Service> {
  if (/\.json$/i.test(arg) && !arg.includes(',')) {
    const ir = readIr(resolve(options.cwd, arg));
    if (ir) return ir;
  }
  return loadService(specFiles(arg, options.cwd), options);
}

/**
 * Loads `arg` as committed at `rev`: its files are read with `git show REV:path` (paths relative to
 * the repository holding them) into a scratch folder, under the same relative names as today, so
 * locations in the result read like those of the current files.
 */
export async function loadAtRevision(arg: string, rev: string, options: LoadOptions & { cwd: string }): Promise<Service> {
  const first = resolve(options.cwd, arg.split(',')[0] ?? '.');
  const probe = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
  const run = (args: string[]) => execFileSync('git', args, { cwd: probe, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  let top: string;
  let files: string[];
  try {
    top = run(['rev-parse', '--show-toplevel']).toString('utf8').trim();
    run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    const inRepo = (p: string) => relative(top, resolve(options.cwd, p)).replace(/\\/g, '/');
    const listAt = (dir: string): string[] => run(['ls-tree', '--full-tree', '--name-only', `${rev}:${inRepo(dir)}`]).toString('utf8').split('\n').filter(Boolean).sort();
    files = specFiles(arg, options.cwd, listAt);
    const scratch = mkdtempSync(join(tmpdir(), 'svcgen-diff-'));
    try {
      // Files outside the working directory are named by their path in the repository.
      const entries = files.map((f) => {
        const rel = relative(options.cwd, resolve(options.cwd, f));
        return { repoPath: inRepo(f), name: rel.startsWith('..') ? inRepo(f) : rel };
      });
      for (const { repoPath, name } of entries) {
        let bytes: Buffer;
        try {
          bytes = run(['show', `${rev}:${repoPath}`]);
        } catch (e) {
          throw new DiffInputError(`${name} does not exist at ${rev}: ${gitMessage(e)}`);
        }
        mkdirSync(dirname(join(scratch, name)), { recursive: true });
        writeFileSync(join(scratch, name), bytes);
      }
      const rels = entries.map((e) => e.name);
      return await loadService(rels, { ...options, cwd: scratch });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } catch (e) {
    if (e instanceof DiffInputError || !(e instanceof Error && 'status' in e)) throw e;
    throw new DiffInputError(`cannot read ${arg} at git revision ${rev}: ${gitMessage(e)}`);
  }
}

function gitMessage(e: unknown): string {
  const stderr = (e as { stderr?: Buffer }).stderr;
  return (stderr?.toString('utf8').trim() || (e instanceof Error ? e.message : String(e))).split('\n')[0];
}

/** The summary printed by `diff` and by `generate` when it changes a package. */
export function formatChanges(changes: readonly Change[]): string[] {
  const lines: string[] = [];
  const breaking = changes.filter((c) => c.kind === 'breaking');
  const other = changes.filter((c) => c.kind !== 'breaking');
  const item = (c: Change) => `  ${c.loc ? `${c.loc.file}:${c.loc.line}:${c.loc.column}: ` : ''}${c.path}: ${c.message}`;
  if (breaking.length) lines.push(`Breaking for callers (${breaking.length}):`, ...breaking.map(item));
  if (other.length) lines.push(`Non-breaking (${other.length}):`, ...other.map(item));
  if (!changes.length) lines.push('No changes.');
  return lines;
}

export { diffServices };
