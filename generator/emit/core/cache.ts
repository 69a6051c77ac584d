/**
 * A disk cache of formatting and compiling results, so that a run formats and compiles only what
 * changed since an earlier run: each entry is keyed by the SHA-256 of everything its result
 * depends on (the tool and its version, the options, the input text), so a hit is byte for byte
 * what the tool would give. Kept in `node_modules/.cache/svcgen/` of the working directory (else
 * in the system's temporary folder); `SVCGEN_CACHE_DIR` names another folder, `SVCGEN_CACHE_DIR=off`
 * turns it off. Entries are written atomically; a cache that cannot be read or written is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | null | undefined;

/** The cache folder, or null when the cache is off. */
export function cacheDir(): string | null {
  if (dir !== undefined) return dir;
  const given = process.env.SVCGEN_CACHE_DIR;
  if (given !== undefined && given !== '') dir = /^(off|0|false|no)$/i.test(given) ? null : given;
  else {
    const modules = join(process.cwd(), 'node_modules');
    dir = existsSync(modules) ? join(modules, '.cache', 'svcgen') : join(tmpdir(), 'svcgen-cache');
  }
  return dir;
}

/** Forgets the folder chosen (after `SVCGEN_CACHE_DIR` changed; for tests). */
export function resetCacheDir(): void {
  dir = undefined;
}

/** The key of an entry: SHA-256 of the parts, each one delimited. */
export function cacheKey(...parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest('hex');
}

function entryPath(base: string, kind: string, key: string): string {
  return join(base, kind, key.slice(0, 2), key);
}

export function cacheGet(kind: string, key: string): string | undefined {
  const base = cacheDir();
  if (base === null) return undefined;
  try {
    return readFileSync(entryPath(base, kind, key), 'utf8');
  } catch {
    return undefined;
  }
}

export function cacheSet(kind: string, key: string, value: string): void {
  const base = cacheDir();
  if (base === null) return;
  const file = entryPath(base, kind, key);
  try {
    mkdirSync(join(base, kind, key.slice(0, 2)), { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, value);
    renameSync(temp, file);
  } catch {
    // A read-only or full disk only costs time.
  }
}
